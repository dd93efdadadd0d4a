"""Facts into the models table: which mentions are one model (``identity``), and each row's
organization and release date with where they came from (``attributes``). The table itself is
built by ``insights.tables.models_table``."""
