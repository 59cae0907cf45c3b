using WISPGate.MockServer.Handlers;

namespace WISPGate.MockServer.Billing;

/// <summary>listBillingProfiles, createBillingProfile, getBillingProfile.</summary>
internal static class BillingProfileHandlers
{
    /// <summary>GET /api/v1/billing-profiles: filter currency.</summary>
    public static ApiResult List(OperationContext context) =>
        context.Page(context.Collection<BillingProfile>(), p => context.Query.Matches("currency", p.Currency));

    /// <summary>POST /api/v1/billing-profiles (defaults: billing day 1, 14 days terms, no tax).</summary>
    public static ApiResult Create(OperationContext context)
    {
        var request = context.ReadBody<CreateBillingProfileRequest>();
        var profile = new BillingProfile
        {
            Id = context.NewId("bp"),
            Name = request.Name,
            Currency = request.Currency,
            BillingDay = request.BillingDay ?? 1,
            PaymentTermsDays = request.PaymentTermsDays ?? BillingRules.DefaultPaymentTermsDays,
            TaxRateBps = request.TaxRateBps ?? 0,
            CreatedAt = context.Now,
            UpdatedAt = context.Now,
        };
        context.Collection<BillingProfile>().Add(profile);
        return ApiResult.Created(profile, $"/api/v1/billing-profiles/{profile.Id}");
    }

    /// <summary>GET /api/v1/billing-profiles/{id}.</summary>
    public static ApiResult Get(OperationContext context) => ApiResult.Ok(context.Require<BillingProfile>(context.Id, "billing profile"));
}
