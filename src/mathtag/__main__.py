from mathtag.cli import app

app()
