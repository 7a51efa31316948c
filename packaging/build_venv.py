"""Make build/venv, the virtualenv ``make package`` bundles from: Kosei with a BLAS-free numpy.

numpy's wheels link OpenBLAS (25 MB with libgfortran, about 5 MB in the .deb). Kosei
uses numpy only for element-wise work on the site index (hashing, sorting, searching:
``editor/core/site``), never for linear algebra, so the packages carry numpy built
from source with ``-Dblas=none -Dlapack=none -Dallow-noblas=true``. The test venv
(.venv) keeps the regular wheel.

    python packaging/build_venv.py                 # (re)creates build/venv when needed
    python packaging/build_venv.py --wheel W.whl   # seed the cache with a wheel built the same way

The numpy wheel is built once per numpy version and cached in build/wheels/numpy-noblas/
(a C and C++ compiler are needed: gcc and g++, see install-build-deps.sh; the build takes
minutes). Python packages come from the index as for .venv; nothing else is downloaded.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
VENV = ROOT / "build" / "venv"
WHEELS = ROOT / "build" / "wheels" / "numpy-noblas"
NOBLAS_ARGS = [
    f"-Csetup-args=-D{flag}" for flag in ("blas=none", "lapack=none", "allow-noblas=true")
]
# Prints what the bundle's numpy links: "none" once the BLAS-free build is installed.
_BLAS_PROBE = (
    "import numpy\n"
    "info = numpy.show_config(mode='dicts')['Build Dependencies']\n"
    "blas = info.get('blas') or {}\n"
    "print(numpy.__version__, blas.get('name', '?') if blas.get('found') else 'none')\n"
)


def python() -> Path:
    return VENV / "bin" / "python"


def _run(*command: str | Path) -> None:
    subprocess.run([str(part) for part in command], check=True, cwd=ROOT)


def _installed_numpy() -> tuple[str, str]:
    output = subprocess.run(
        [str(python()), "-c", _BLAS_PROBE], capture_output=True, text=True, check=True
    ).stdout.split()
    return output[0], output[1]


def _base_python() -> str:
    # The interpreter behind the running venv: the bundle needs its shared libpython.
    return getattr(sys, "_base_executable", sys.executable)


def ensure_project() -> None:
    stamp = VENV / ".installed-package"
    pyproject = ROOT / "pyproject.toml"
    if not python().exists():
        _run(_base_python(), "-m", "venv", VENV)
        _run(python(), "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    if not stamp.exists() or stamp.stat().st_mtime < pyproject.stat().st_mtime:
        _run(python(), "-m", "pip", "install", "--quiet", "-e", ".[package]")
        stamp.touch()


def noblas_wheel(version: str) -> Path:
    """The cached BLAS-free numpy wheel of ``version``, built when missing."""
    found = sorted(WHEELS.glob(f"numpy-{version}-*.whl"))
    if found:
        return found[-1]
    WHEELS.mkdir(parents=True, exist_ok=True)
    print(f"building numpy {version} without BLAS (minutes)...", flush=True)
    _run(
        python(), "-m", "pip", "wheel", f"numpy=={version}", "--no-binary", "numpy",
        "--no-deps", "-w", WHEELS, *NOBLAS_ARGS,
    )  # fmt: skip
    return sorted(WHEELS.glob(f"numpy-{version}-*.whl"))[-1]


def ensure_noblas_numpy() -> str:
    version, blas = _installed_numpy()
    if blas != "none":
        wheel = noblas_wheel(version)
        _run(python(), "-m", "pip", "install", "--quiet", "--force-reinstall", "--no-deps", wheel)
        version, blas = _installed_numpy()
        if blas != "none":
            raise SystemExit(f"{wheel.name} still links {blas}")
    return version


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=Path, help="a numpy wheel built with the flags above")
    args = parser.parse_args(argv)
    if args.wheel is not None:
        WHEELS.mkdir(parents=True, exist_ok=True)
        shutil.copy2(args.wheel, WHEELS / args.wheel.name)
    ensure_project()
    version = ensure_noblas_numpy()
    print(f"build venv: {python()} (numpy {version} without BLAS)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
