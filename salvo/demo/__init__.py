"""The bundled demo: corpus and loopback run."""
