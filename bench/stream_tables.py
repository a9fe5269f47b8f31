"""The rows bench/stream_latency.py prints for one session count: ours beside the floor, and the ratio."""

from bench.stream_sessions import Results, percentiles


def row(label: str, ours: Results, floor: Results, metric: str) -> str:
    mine = percentiles(getattr(ours, metric))
    base = percentiles(getattr(floor, metric))
    ratio = " / ".join(f"{m / b:.1f}x" if b > 0 else "-" for m, b in zip(mine, base, strict=True))
    mine_text = " / ".join(f"{value:.1f}" for value in mine)
    base_text = " / ".join(f"{value:.1f}" for value in base)
    if not getattr(floor, metric):  # the floor did not run (``--scale`` above 1 process)
        base_text = ratio = "-"
    return f"| {label} | {mine_text} | {base_text} | {ratio} |"


def print_rows(sessions: int, ours: Results, floor: Results) -> None:
    """Print the table's rows for one session count: ours beside the floor."""
    print(row(f"{sessions} | (a) added TTFC", ours, floor, "added_ttfc_ms"))
    print(row(f"{sessions} | (a1) send -> request at the model", ours, floor, "to_request_ms"))
    print(row(f"{sessions} | (a2) first chunk -> client", ours, floor, "from_chunk_ms"))
    print(row(f"{sessions} | (b) chunk relay", ours, floor, "relay_ms"))
    print(
        f"|   | chunks / errors / wall s | {ours.chunks} / {ours.errors} / {ours.wall_s:.1f} |"
        f" {floor.chunks} / {floor.errors} / {floor.wall_s:.1f} | |"
    )
    print(f"|   | chunk frames (merged under load) | {ours.frames} | {floor.frames} | |")
    per_k = [side.cpu_s / max(1, side.chunks) * 1000 for side in (ours, floor)]
    ratio = f"{per_k[0] / per_k[1]:.1f}x" if per_k[1] else "-"
    print(f"|   | server CPU s per 1000 chunks | {per_k[0]:.2f} | {per_k[1]:.2f} | {ratio} |")
    tree_k = [side.tree_cpu_s / max(1, side.chunks) * 1000 for side in (ours, floor)]
    ratio = f"{tree_k[0] / tree_k[1]:.1f}x" if tree_k[1] else "-"
    label = "server + analysis workers CPU s per 1000 chunks"
    print(f"|   | {label} | {tree_k[0]:.2f} | {tree_k[1]:.2f} | {ratio} |")
    busy = [
        " / ".join(
            f"{seconds / max(side.wall_s, 1e-9):.2f}"
            for seconds in (side.machine_busy_s, side.cpu_s, side.client_cpu_s, side.fake_cpu_s)
        )
        for side in (ours, floor)
    ]
    print(f"|   | cores busy: machine / server / clients / fake model | {busy[0]} | {busy[1]} | |")
