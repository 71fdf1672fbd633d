"""The shop's code about Oscar's catalogue; it becomes the fork if one is ever needed."""
