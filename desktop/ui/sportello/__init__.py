"""The Sportello: the home screen where a visitor is found and their access registered."""
