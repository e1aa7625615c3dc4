"""Start, watch and stop TorchServe for the model store (`make serve`, `make stop`, tests)."""
