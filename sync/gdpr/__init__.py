"""GDPR duties of the register: consent per purpose, erasure, retention, access, art. 30."""
