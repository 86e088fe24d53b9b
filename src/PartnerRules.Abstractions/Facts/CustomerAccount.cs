using NodaTime;

namespace PartnerRules;

/// <summary>A customer's Huawei Cloud account, as a customer association sees it.</summary>
/// <param name="Id">The account.</param>
/// <param name="CreatedAt">When the account was created; an offline invitation needs an account created within the policy's window (7 days).</param>
public sealed record CustomerAccount(AccountId Id, Instant CreatedAt);
