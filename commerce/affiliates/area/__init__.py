"""The affiliate area on the site (/affiliate/): what an affiliate sees of their own activity."""
