"""Members of the Coalition: who belongs, their partner profiles and the articles naming them."""
