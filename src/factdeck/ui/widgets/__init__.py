"""Reusable widgets: literal text, plots and option lists fitted to their width, question and
answer widgets, feedback, countdown. Import each from its module: the package imports none, so
start-up loads only the widgets the home screen uses."""
