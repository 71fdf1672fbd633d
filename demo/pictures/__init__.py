"""Demo pictures drawn with Pillow: a canvas, objects by kind, whole scenes."""
