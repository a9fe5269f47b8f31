"""server_support.free_port_run: a run of consecutive ports for scripts that listen on a base port and its neighbours."""

import socket
import subprocess
import sys

import pytest

from api_services.tests.server_support import free_port, free_port_run, wait_until_listening


def test_a_run_skips_a_base_whose_neighbour_is_taken() -> None:
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        held.listen()
        taken = held.getsockname()[1]
        base = free_port_run(3)
        run = set(range(base, base + 3))
        assert taken not in run
        for port in run:
            with socket.socket() as probe:
                probe.bind(("127.0.0.1", port))


def test_a_run_never_holds_an_avoided_port() -> None:
    avoided = free_port()
    for _ in range(20):
        base = free_port_run(2, avoid=(avoided,))
        assert avoided not in (base, base + 1)


def test_a_server_that_never_listens_is_not_left_running() -> None:
    idle = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE)
    try:
        with pytest.raises(AssertionError, match="did not listen"):
            wait_until_listening(port=free_port(), process=idle, name="idle", timeout_s=0.2)
        assert idle.poll() is not None
    finally:
        idle.kill()
        idle.wait(10)
