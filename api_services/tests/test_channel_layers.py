import asyncio

from channels.layers import InMemoryChannelLayer

from api_services.channel_layers import SweepingInMemoryChannelLayer


async def test_it_delivers_group_messages_like_the_stock_layer():
    layer = SweepingInMemoryChannelLayer()
    channel = await layer.new_channel()
    await layer.group_add("analysis.1", channel)
    await layer.group_send("analysis.1", {"type": "analysis.chunk", "seq": 1})
    await layer.group_send("analysis.1", {"type": "analysis.chunk", "seq": 2})
    assert [(await layer.receive(channel))["seq"] for _ in range(2)] == [1, 2]


async def test_it_sweeps_expired_entries_at_most_once_per_interval(monkeypatch):
    sweeps = []
    monkeypatch.setattr(InMemoryChannelLayer, "_clean_expired", lambda self: sweeps.append(1))
    layer = SweepingInMemoryChannelLayer(sweep_interval_s=3600)
    channel = await layer.new_channel()
    await layer.group_add("g", channel)
    for _ in range(50):
        await layer.group_send("g", {"type": "x"})
        await layer.receive(channel)
    assert len(sweeps) == 1
    every_call = SweepingInMemoryChannelLayer(sweep_interval_s=0)
    await every_call.send("c", {"type": "x"})
    await every_call.receive("c")
    assert len(sweeps) == 2


async def test_a_full_member_misses_a_group_message_and_the_others_still_get_it():
    layer = SweepingInMemoryChannelLayer(capacity=1)
    full, free = await layer.new_channel(), await layer.new_channel()
    for channel in (full, free):
        await layer.group_add("g", channel)
    await layer.send(full, {"type": "x", "n": 0})
    await layer.group_send("g", {"type": "x", "n": 1})
    assert [(await layer.receive(full))["n"], (await layer.receive(free))["n"]] == [0, 1]


async def test_a_receiver_gets_its_own_copy_of_the_message_dict():
    layer = SweepingInMemoryChannelLayer()
    message = {"type": "x", "events": [[1, {"type": "analysis.chunk"}]]}
    await layer.send("c", message)
    received = await layer.receive("c")
    received["type"] = "changed"
    assert (received == message, message["type"]) == (False, "x")


async def test_a_drained_queue_is_kept_for_the_next_receive_and_swept_once_idle():
    layer = SweepingInMemoryChannelLayer(sweep_interval_s=0)
    await layer.send("c", {"type": "x"})
    await layer.receive("c")
    assert list(layer.channels) == ["c"]  # no sweep has run since the drain
    waiting = asyncio.create_task(layer.receive("c"))
    await asyncio.sleep(0)  # one loop turn: the task runs until it waits on the queue
    await layer.send("other", {"type": "x"})
    await layer.receive("other")  # sweeps before taking the message: "c" is awaited, "other" not empty
    assert "c" in layer.channels
    await layer.send("c", {"type": "y"})
    assert (await waiting)["type"] == "y"
    await layer.group_send("nobody", {"type": "x"})  # sweeps: neither channel is being received from now
    assert layer.channels == {}
