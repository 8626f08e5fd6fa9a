"""guarantees: who stands where on Ukraine's post-war security guarantees, from the desk's articles."""

import os

# numpy (which sqlite-utils imports) starts a BLAS thread per core, though nothing here does BLAS work (the
# parser multiplies with its own library). A second thread can take the SIGINT of a Ctrl-C at the console,
# and then readline never wakes to drop the line: one BLAS thread, set before numpy is first imported.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

__version__ = "0.1.0"
