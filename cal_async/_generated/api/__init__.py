"""GENERATED CODE: one module per operation."""
