"""The API's JSON parser: DRF's, with a body nested too deeply for Python's decoder refused as a
parse error (400) instead of a RecursionError (500)."""

from rest_framework import exceptions, parsers


class JSONParser(parsers.JSONParser):
    """DRF's JSONParser that answers a 400 to JSON nested beyond the decoder's depth."""

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            return super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise exceptions.ParseError(
                "JSON parse error - the body is nested too deeply."
            ) from None
