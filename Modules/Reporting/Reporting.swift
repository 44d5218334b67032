// Reporting: placeholder until its first type lands.
