"""The hub: an HTTP server stations push to and pull from, plus a small web page."""
