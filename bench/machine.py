"""The machine a bench runs on: the Debian programs it needs, and how it is described."""

import os
import platform
import shutil
import subprocess
from pathlib import Path


def debian_program(program: str, *, package: str | None = None) -> str:
    """`program`'s path; installs its Debian package when missing and running as root."""
    package = package or program
    found = shutil.which(program)
    if found:
        return found
    if os.geteuid() == 0 and shutil.which("apt-get"):
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", package], check=True, env=env)
        found = shutil.which(program)
        if found:
            return found
    raise SystemExit(
        f"{program} is missing: sudo apt-get install -y {package} (Debian/Ubuntu), then rerun."
    )


def machine_description() -> str:
    """Cores, CPU model, memory and kernel, for the report (read from /proc on Linux)."""
    model = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        kib = int(meminfo.read_text().split()[1])
        memory = f", {kib / 1024 / 1024:.0f} GiB RAM"
    return f"{os.cpu_count()} cores ({model}){memory}, {platform.system()} {platform.release()}"
