"""How the shop customises Oscar's dashboard without forking it (settings read this package)."""
