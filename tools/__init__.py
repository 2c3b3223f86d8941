"""Developer and operations tools run from the command line: fault runs and their harness."""
