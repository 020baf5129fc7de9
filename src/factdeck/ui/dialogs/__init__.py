"""Modal dialogs, each a ``ModalScreen`` that returns its answer with ``dismiss``. Import each
from its module: the package imports none, so start-up loads only what it shows."""
