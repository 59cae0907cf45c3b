using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Subscribers;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Billing;

/// <summary>listPayments, createPayment, getPayment, applyPayment. Refunds are in <see cref="PaymentRefunds"/>.</summary>
internal static class PaymentHandlers
{
    private const string Resource = "payment";

    /// <summary>GET /api/v1/payments: filters subscriber_id, method, status, unapplied, created_after/before.</summary>
    public static ApiResult List(OperationContext context)
    {
        var unapplied = context.Query.Boolean("unapplied");
        return context.Page(
            context.Collection<Payment>().Where(BillingIndexes.PaymentsBySubscriber, context.Query.List("subscriber_id")),
            p => context.Query.Matches("subscriber_id", p.SubscriberId)
                && context.Query.Matches("method", WireJson.Name(p.Method))
                && context.Query.Matches("status", WireJson.Name(p.Status))
                && (unapplied is null || (p.UnappliedAmount > 0) == unapplied));
    }

    /// <summary>
    /// POST /api/v1/payments: records the money (a ledger credit once the payment has a subscriber), then applies it as
    /// the explicit <c>allocations</c> say or, with <c>auto_apply</c>, to the oldest due invoices; the rest stays unapplied.
    /// </summary>
    public static ApiResult Create(OperationContext context)
    {
        var request = context.ReadBody<CreatePaymentRequest>();
        var autoApply = request.AutoApply == true;
        if (request.Allocations is not null && autoApply)
        {
            return ApiResult.Invalid("auto_apply", "not_together", "Send either allocations or auto_apply: true, not both.");
        }

        if (BillingRules.TooLarge("amount", request.Amount) is { } tooLarge)
        {
            return tooLarge;
        }

        if (request.SubscriberId is { } subscriberId)
        {
            context.RequireReference<Subscriber>("subscriber_id", subscriberId, "subscriber");
            if (BillingCurrency.Mismatch(context, subscriberId, request.Currency, "currency") is { } mismatch)
            {
                return mismatch;
            }
        }
        else if (autoApply)
        {
            return ApiResult.Invalid("auto_apply", "subscriber_required", "auto_apply needs the payment's subscriber_id.");
        }

        var owner = request.SubscriberId;
        if (request.Allocations is { } allocations
            && PaymentAllocator.Check(context, request.SubscriberId, request.Currency, request.Amount, allocations, out owner) is { } rejected)
        {
            return rejected;
        }

        var payment = new Payment
        {
            Id = context.NewId("pay"),
            Amount = request.Amount,
            Currency = request.Currency,
            Method = request.Method,
            Reference = request.Reference,
            ReceivedAt = request.ReceivedAt ?? context.Now,
            CreatedAt = context.Now,
        };
        if (owner is not null)
        {
            payment = PaymentAllocator.Assign(context, payment, owner);
        }

        context.Collection<Payment>().Add(payment);
        var plan = request.Allocations
            ?? (autoApply ? PaymentAllocator.OldestDueFirst(context, owner!, payment.Currency, payment.Amount) : []);
        var paid = new List<string>();
        payment = context.Collection<Payment>().Replace(PaymentAllocator.Apply(context, payment, plan, paid));
        context.RecordEvent("payment.received", payment);
        InvoiceBook.AnnouncePaid(context, paid);
        return ApiResult.Created(payment, $"/api/v1/payments/{payment.Id}");
    }

    /// <summary>GET /api/v1/payments/{id}.</summary>
    public static ApiResult Get(OperationContext context) => ApiResult.Ok(context.Require<Payment>(context.Id, Resource));

    /// <summary>
    /// POST /api/v1/payments/{id}/apply: allocates unapplied money, explicitly or oldest due first. Nothing unapplied →
    /// 409; neither or both of allocations and auto_apply → 422. Explicit allocations give an unidentified payment its subscriber.
    /// </summary>
    public static ApiResult Apply(OperationContext context)
    {
        var payment = context.Require<Payment>(context.Id, Resource);
        var request = context.ReadBody<ApplyPaymentRequest>();
        var autoApply = request.AutoApply == true;
        var explicitly = request.Allocations is { Count: > 0 };
        if (autoApply == explicitly)
        {
            return ApiResult.Invalid("allocations", "one_of", "Send either allocations (at least one) or auto_apply: true.");
        }

        if (payment.UnappliedAmount == 0)
        {
            return ApiResult.InvalidTransition("The payment has nothing unapplied to allocate.", "unapplied_amount");
        }

        if (autoApply && payment.SubscriberId is null)
        {
            return ApiResult.Invalid("auto_apply", "subscriber_required", "A payment without subscriber can only be applied with explicit allocations.");
        }

        var owner = payment.SubscriberId;
        if (explicitly && PaymentAllocator.Check(context, payment.SubscriberId, payment.Currency, payment.UnappliedAmount, request.Allocations!, out owner) is { } rejected)
        {
            return rejected;
        }

        var plan = explicitly ? request.Allocations! : PaymentAllocator.OldestDueFirst(context, owner!, payment.Currency, payment.UnappliedAmount);
        if (plan.Count == 0)
        {
            return ApiResult.Ok(payment);
        }

        if (payment.SubscriberId is null)
        {
            payment = PaymentAllocator.Assign(context, payment, owner!);
        }

        var paid = new List<string>();
        payment = context.Collection<Payment>().Replace(PaymentAllocator.Apply(context, payment, plan, paid));
        context.RecordEvent("payment.applied", payment);
        InvoiceBook.AnnouncePaid(context, paid);
        return ApiResult.Ok(payment);
    }
}
