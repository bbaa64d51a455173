"""Pages of the movements app; thin: permission-checked fetch → form → one service call."""
