"""The learner's progress, kept durably in TinyDB under the saves folder."""
