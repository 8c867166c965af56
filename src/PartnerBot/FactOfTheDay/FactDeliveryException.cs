namespace PartnerBot.FactOfTheDay;

/// <summary>A fact could not be delivered to a destination.</summary>
internal sealed class FactDeliveryException(string message, DeliveryFailure failure, Exception? inner = null) : Exception(message, inner)
{
    public DeliveryFailure Failure { get; } = failure;
}
