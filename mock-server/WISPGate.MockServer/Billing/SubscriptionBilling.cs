using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Provisioning;
using WISPGate.MockServer.Store;
using WISPGate.MockServer.Subscribers;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Billing;

/// <summary>
/// Bills a subscription's current period: one finalized invoice with one line for the service's price (its price
/// override, else its package's price), tax and terms of the subscription's billing profile; then the subscription
/// moves to its next period. Used by invoice-now and by the clock.
/// </summary>
internal static class SubscriptionBilling
{
    /// <summary>Why the subscription cannot be billed (422), or null.</summary>
    public static ApiResult? Problem(TenantScope scope, Subscription subscription) => Quote(scope, subscription, out _, out _, out _);

    /// <summary>
    /// Issues the invoice of the current period on <paramref name="issueDate"/> and stores the subscription in its next
    /// period. Call <see cref="Problem"/> first.
    /// </summary>
    public static (Invoice Invoice, Subscription Subscription) BillCurrentPeriod(TenantScope scope, Subscription subscription, DateOnly issueDate)
    {
        if (Quote(scope, subscription, out var price, out var profile, out var packageName) is { } problem)
        {
            throw new ApiException(problem);
        }

        var next = subscription.NextPeriod() with { UpdatedAt = scope.Now };
        var description = $"{packageName} ({WireJson.Name(subscription.Interval)}), {subscription.CurrentPeriodStart:yyyy-MM-dd} to {subscription.CurrentPeriodEnd:yyyy-MM-dd}";
        var draft = InvoiceBook.Draft(
            scope,
            subscription.SubscriberId,
            subscription.Id,
            [new InvoiceLine(description, 1, price.Amount, price.Amount)],
            price.Currency,
            profile.TaxRateBps,
            requestedDueDate: null);
        var invoice = InvoiceBook.Finalize(scope, draft, issueDate);
        scope.Collection<Subscription>().Replace(next);
        return (invoice, next);
    }

    private static ApiResult? Quote(TenantScope scope, Subscription subscription, out Money price, out BillingProfile profile, out string packageName)
    {
        price = new Money(0, string.Empty);
        profile = null!;
        packageName = string.Empty;
        if (scope.Collection<BillingProfile>().Find(subscription.BillingProfileId) is not { } found)
        {
            return ApiResult.UnknownReference("billing_profile_id", "billing profile", subscription.BillingProfileId);
        }

        profile = found;
        var service = scope.Collection<Service>().Find(subscription.ServiceId);
        var package = service is null ? null : scope.Collection<ServicePackage>().Find(service.ServicePackageId);
        if (service is null || package is null)
        {
            return ApiResult.Invalid("service_id", "unknown_reference", $"Service '{subscription.ServiceId}' or its package does not exist.");
        }

        packageName = package.Name;
        price = service.PriceOverride ?? package.Price;
        if (price.Currency != profile.Currency)
        {
            return ApiResult.Invalid(
                "service_id",
                "currency_mismatch",
                $"The service is priced in {price.Currency}, billing profile '{profile.Id}' bills in {profile.Currency}.");
        }

        return BillingRules.TooLarge("service_id", price.Amount)
            ?? BillingCurrency.Mismatch(scope, subscription.SubscriberId, profile.Currency, "billing_profile_id");
    }
}
