"""Modal dialogs, each a ``ModalScreen`` that returns its answer with ``dismiss``."""

from factdeck.ui.dialogs.confirm import ConfirmDialog
from factdeck.ui.dialogs.notice import NoticeDialog

__all__ = ["ConfirmDialog", "NoticeDialog"]
