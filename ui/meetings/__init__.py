"""Widgets of the meetings page: roster, meeting list, meeting editor and its parts."""
