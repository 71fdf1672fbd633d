"""The shop's code about Oscar's catalogue (a plain package; it becomes the fork if one is ever needed)."""  # noqa: E501
