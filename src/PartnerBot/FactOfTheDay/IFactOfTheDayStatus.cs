namespace PartnerBot.FactOfTheDay;

/// <summary>Read model of the fact of the day for the admin page: the schedule, every destination and its last post.</summary>
public interface IFactOfTheDayStatus
{
    FactOfTheDaySnapshot GetSnapshot();
}
