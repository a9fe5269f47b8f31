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
