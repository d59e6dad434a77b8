"""The pages of the main window; each loads its data when first shown."""
