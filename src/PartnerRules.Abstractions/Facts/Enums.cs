namespace PartnerRules;

/// <summary>The Huawei Cloud site an account is registered on.</summary>
public enum Site
{
    /// <summary>The China site, where real-name verification applies.</summary>
    China,

    /// <summary>The international site.</summary>
    International,
}

/// <summary>The stage a partner has reached on its partner development path (伙伴发展路径).</summary>
public enum PartnerStage
{
    /// <summary>Registered: joined, not yet certified.</summary>
    Registered,

    /// <summary>Certified (已认证).</summary>
    Certified,

    /// <summary>Differentiated (差异化).</summary>
    Differentiated,
}

/// <summary>Who shared an opportunity.</summary>
public enum OpportunityOrigin
{
    /// <summary>PO: the partner shared it with Huawei Cloud.</summary>
    PartnerOriginated,

    /// <summary>HO: Huawei Cloud shared it with the partner (由华为共享).</summary>
    HuaweiOriginated,
}

/// <summary>Whether the customer is new to Huawei Cloud.</summary>
public enum CustomerType
{
    /// <summary>New: all accounts under the enterprise's real name had paid at most the policy's threshold (1,000 CNY) before the opportunity was verified.</summary>
    New,

    /// <summary>An existing Huawei Cloud customer.</summary>
    Existing,
}

/// <summary>The kind of incentive claimed (激励).</summary>
public enum IncentiveKind
{
    /// <summary>First commercial project (首单商用项目).</summary>
    FirstCommercialProject,

    /// <summary>Acceleration incentive for continuing commercial sales (加速激励).</summary>
    Acceleration,
}

/// <summary>The type of an invoice that a partner asks to return (退票).</summary>
public enum InvoiceKind
{
    /// <summary>VAT special invoice (专票): needs a red-letter confirmation, then a red-letter invoice.</summary>
    SpecialVat,

    /// <summary>Electronic ordinary invoice (电子普票): returned the same day, nothing mailed.</summary>
    ElectronicOrdinary,

    /// <summary>Paper ordinary invoice (纸质普票): the original is mailed back first.</summary>
    PaperOrdinary,
}

/// <summary>How a reseller is associated with a customer.</summary>
public enum AssociationMode
{
    /// <summary>Resale (代售).</summary>
    Resale,

    /// <summary>Consultative sale (顾问销售).</summary>
    ConsultativeSale,
}
