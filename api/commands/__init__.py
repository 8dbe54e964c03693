"""The ``saidwhen`` commands, one module each; heavy imports live inside the commands."""
