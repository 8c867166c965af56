using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.DependencyInjection;
using PartnerBot.Hosting;

namespace PartnerBot.Tests.Host;

public sealed class ReplyDrainTests
{
    [Fact]
    public async Task StopAsync_ReplyInFlight_WaitsUntilItFinishes()
    {
        await using var service = await TestService.StartAsync();
        var inFlight = service.App.Services.GetRequiredService<InFlightReplies>();
        // Stopped in reverse order: the web server first (drains HTTP requests), then the drain, then everything else.
        var names = service.App.Services.GetServices<IHostedService>().Select(s => s.GetType().Name).ToList();
        Assert.Equal(["ReplyDrain", "GenericWebHostService"], names[^2..]);
        var drain = service.App.Services.GetServices<IHostedService>().Single(s => s.GetType().Name == "ReplyDrain");

        var reply = inFlight.Enter();
        var stopping = drain.StopAsync(CancellationToken.None);
        Assert.False(stopping.IsCompleted);
        reply.Dispose();
        await stopping.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(0, inFlight.Count);
    }

    [Fact]
    public async Task WhenIdleAsync_TimeoutFires_GivesUp()
    {
        var inFlight = new InFlightReplies();
        using var reply = inFlight.Enter();
        using var timeout = new CancellationTokenSource();
        var idle = inFlight.WhenIdleAsync(timeout.Token);
        await timeout.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => idle.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Ask_DuringRequest_IsCountedAndReleased()
    {
        await using var service = await TestService.StartAsync();
        var inFlight = service.App.Services.GetRequiredService<InFlightReplies>();
        (await service.AskAsync("How many brands does Haier have?")).Dispose();
        Assert.Equal(0, inFlight.Count);
        await inFlight.WhenIdleAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(1));
    }
}
