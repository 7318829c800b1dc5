"""Build code of the site that MkDocs and Zensical both run: Markdown extensions."""
