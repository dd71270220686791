"""Qt item models adapting engine and storage objects for the views."""
