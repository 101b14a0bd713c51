"""provenance: what each outlet changed, and which document is the likely source of which."""
