using PartnerBot.FactOfTheDay;

namespace PartnerBot.Tests.FactOfTheDay;

public sealed class FactOfTheDayOptionsTests
{
    [Fact]
    public void Validate_Defaults_Succeed()
    {
        var result = new FactOfTheDayOptionsValidator().Validate(null, new FactOfTheDayOptions());

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("Europe/Lundon", "09:00", "TimeZone 'Europe/Lundon' is not a known time zone")]
    [InlineData("Europe/London", "9am", "Time '9am' is not a 24-hour time")]
    [InlineData("Europe/London", "25:00", "Time '25:00' is not a 24-hour time")]
    public void Validate_BadZoneOrTime_ActionableMessage(string zone, string time, string expected)
    {
        var result = new FactOfTheDayOptionsValidator().Validate(null, new FactOfTheDayOptions { TimeZone = zone, Time = time });

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadChannelId_Named()
    {
        var result = new FactOfTheDayOptionsValidator().Validate(null, new FactOfTheDayOptions { DiscordChannels = ["#general"] });

        Assert.Contains("'#general'", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void RetryDelayFor_Doubles_UpToMaximum()
    {
        var options = new FactOfTheDayOptions { RetryDelay = TimeSpan.FromMinutes(1), MaxRetryDelay = TimeSpan.FromMinutes(5) };

        Assert.Equal([1, 2, 4, 5, 5], Enumerable.Range(1, 5).Select(i => options.RetryDelayFor(i).TotalMinutes).ToArray());
    }
}
