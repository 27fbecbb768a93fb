"""Storage: the SQLCipher engine, ORM models, migrations, change capture, search index."""
