"""Storage: the encrypted SQLCipher engine, ORM models, migrations, change capture and search index."""
