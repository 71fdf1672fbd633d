"""Oscar's dashboard catalogue, scoped for sellers: the classes named in commerce.core.loading
(REPLACEMENTS) and the app config that opens stock alerts to sellers."""
