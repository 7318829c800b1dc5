# backends: tensorflow
"""FAQ / Hardware: the log lines `import tensorflow` prints, and the two variables that quiet them."""

import os
import re
import subprocess
import sys


def messages_of_import(**env):
    """The log messages a fresh `import tensorflow` prints, without time stamps."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("TF_")}
    run = subprocess.run(
        [sys.executable, "-c", "import tensorflow"],
        env={**clean, **env},
        capture_output=True,
        text=True,
        check=True,
    )
    found = []
    for line in run.stderr.splitlines():
        # I0000 00:00:1796404892.607690   15875 port.cc:153] oneDNN custom operations …
        m = re.match(r"[IWE]\d{4} [\d:.]+\s+\d+ [\w.]+:\d+\] (.*)", line)
        if m and m.group(1) not in found:
            found.append(m.group(1))
    return found


default = messages_of_import()
print("# --8<-- [start:default]")
for message in default:
    # The instruction list depends on the CPU; the rest of the message does not.
    print(re.sub(r"instructions: [A-Z0-9_ ]+,", "instructions: …,", message))
print("# --8<-- [end:default]")
assert any(m.startswith("oneDNN custom operations are on") for m in default), default

no_onednn = messages_of_import(TF_ENABLE_ONEDNN_OPTS="0")
assert not any("oneDNN" in m for m in no_onednn), no_onednn

# TF_CPP_MIN_LOG_LEVEL hides the CPU-instructions line, but not the oneDNN line: that one
# is printed before TensorFlow's logging reads the variable.
quiet = messages_of_import(TF_CPP_MIN_LOG_LEVEL="3")
assert not any("CPU instructions" in m for m in quiet), quiet
assert any("oneDNN" in m for m in quiet), quiet
print("TF_ENABLE_ONEDNN_OPTS=0 drops the oneDNN line; TF_CPP_MIN_LOG_LEVEL does not")
