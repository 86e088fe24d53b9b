using PartnerRules.Tests.Lifecycles;

namespace PartnerRules.Tests.Resources;

/// <summary>
/// Every text of the lifecycles and the obligations view, literal, in English and zh-CN, as a caller sees it: the
/// exception message with each failed finding's message below it, or the obligations' descriptions one a line.
/// Written out here, never formatted from the library's templates, so a swapped placeholder or a changed word in
/// either language fails on the story that shows it (<see cref="LifecycleMessageScenarios"/>).
/// </summary>
public sealed class LifecycleMessageTextTests
{
    public static TheoryData<string, string, string> Texts { get; } = new()
    {
        {
            "not-permitted",
            "'Approve' is not permitted in state 'Draft'. Permitted now: Withdraw.",
            "状态“Draft”下不允许“Approve”。当前允许:Withdraw。"
        },
        {
            "nothing-permitted",
            "'Complete' is not permitted in state 'Completed'. Nothing is permitted now.",
            "状态“Completed”下不允许“Complete”。当前不允许任何操作。"
        },
        {
            "submit-refused",
            "'Submit' was refused in state 'Draft': OPPORTUNITY.CUSTOMER_NAME: The customer's name is missing: fill it in before submitting; OPPORTUNITY.CLOUD_SERVICES: No Huawei Cloud service is selected: choose at least one (without blank names) before submitting; OPPORTUNITY.LOCAL_SALES_CONTACT: Whether the local Huawei Cloud sales team (PSM/BD) was contacted is not answered: answer yes or no before submitting; OPPORTUNITY.ESTIMATED_VALUE: The estimated value is missing: fill in an amount greater than zero before submitting; OPPORTUNITY.EXPECTED_CLOSE_DATE: The expected close date is missing: fill it in before submitting. Permitted now: Withdraw." + "\n" +
            "  The customer's name is missing: fill it in before submitting." + "\n" +
            "  No Huawei Cloud service is selected: choose at least one (without blank names) before submitting." + "\n" +
            "  Whether the local Huawei Cloud sales team (PSM/BD) was contacted is not answered: answer yes or no before submitting." + "\n" +
            "  The estimated value is missing: fill in an amount greater than zero before submitting." + "\n" +
            "  The expected close date is missing: fill it in before submitting.",
            "状态“Draft”下“Submit”被拒绝:OPPORTUNITY.CUSTOMER_NAME: 未填写客户名称:提交前请填写; OPPORTUNITY.CLOUD_SERVICES: 未选择华为云服务:提交前请至少选择一项(名称不能为空); OPPORTUNITY.LOCAL_SALES_CONTACT: 未说明是否已联系华为云本地销售团队(PSM/BD):提交前请选择是或否; OPPORTUNITY.ESTIMATED_VALUE: 未填写预计金额:提交前请填写大于零的金额; OPPORTUNITY.EXPECTED_CLOSE_DATE: 未填写预计成交日期:提交前请填写。当前允许:Withdraw。" + "\n" +
            "  未填写客户名称:提交前请填写。" + "\n" +
            "  未选择华为云服务:提交前请至少选择一项(名称不能为空)。" + "\n" +
            "  未说明是否已联系华为云本地销售团队(PSM/BD):提交前请选择是或否。" + "\n" +
            "  未填写预计金额:提交前请填写大于零的金额。" + "\n" +
            "  未填写预计成交日期:提交前请填写。"
        },
        {
            "estimated-value-zero",
            "'Submit' was refused in state 'Draft': OPPORTUNITY.ESTIMATED_VALUE: The estimated value must be greater than zero (was 0 CNY). Permitted now: Withdraw." + "\n" +
            "  The estimated value must be greater than zero (was 0 CNY).",
            "状态“Draft”下“Submit”被拒绝:OPPORTUNITY.ESTIMATED_VALUE: 预计金额必须大于零(当前为 0 CNY)。当前允许:Withdraw。" + "\n" +
            "  预计金额必须大于零(当前为 0 CNY)。"
        },
        {
            "offer-refused",
            "The HO offer was refused: the partner is not eligible for Huawei-originated opportunities (HO.SHARES_OPPORTUNITIES: No PO updated within 90 days; HO.DEVELOPMENT_PATH: Registered stage never qualifies)." + "\n" +
            "  No PO updated within 90 days." + "\n" +
            "  Registered stage never qualifies.",
            "无法共享 HO 机会点:伙伴不满足接收华为共享机会点的条件(HO.SHARES_OPPORTUNITIES: No PO updated within 90 days; HO.DEVELOPMENT_PATH: Registered stage never qualifies)。" + "\n" +
            "  No PO updated within 90 days." + "\n" +
            "  Registered stage never qualifies."
        },
        {
            "edit-closed",
            "The opportunity cannot be edited in state 'Withdrawn': edits are allowed in Draft, ActionRequired, Active and Won. Nothing is permitted now.",
            "机会点在状态“Withdrawn”下不能编辑:仅 Draft、ActionRequired、Active 和 Won 状态可以编辑。当前不允许任何操作。"
        },
        {
            "associate-without-account",
            "Associating needs the customer's account: call Associate(account) instead of Fire(AssociationTrigger.Associate). Permitted now: Associate, Expire.",
            "关联需要客户的账号:请调用 Associate(account),而不是 Fire(AssociationTrigger.Associate)。当前允许:Associate, Expire。"
        },
        {
            "new-account",
            "'Associate' was refused in state 'Invited': ASSOCIATION.NEW_ACCOUNT: Cannot associate: contact your Huawei Cloud partner to submit the registration again (the account associated with a partner must be a new account created within 7 days). Permitted now: Associate, Expire." + "\n" +
            "  Cannot associate: contact your Huawei Cloud partner to submit the registration again (the account associated with a partner must be a new account created within 7 days)",
            "状态“Invited”下“Associate”被拒绝:ASSOCIATION.NEW_ACCOUNT: 无法进行关联,请联系您的华为云合作伙伴重新提交注册(关联合作伙伴的账号必须是7天内创建的新账号)。当前允许:Associate, Expire。" + "\n" +
            "  无法进行关联,请联系您的华为云合作伙伴重新提交注册(关联合作伙伴的账号必须是7天内创建的新账号)"
        },
        {
            "new-account-long-window",
            "'Associate' was refused in state 'Invited': ASSOCIATION.NEW_ACCOUNT: Cannot associate: contact your Huawei Cloud partner to submit the registration again (the account associated with a partner must be a new account created within 1 year 2 months 1 day). Permitted now: Associate, Expire." + "\n" +
            "  Cannot associate: contact your Huawei Cloud partner to submit the registration again (the account associated with a partner must be a new account created within 1 year 2 months 1 day)",
            "状态“Invited”下“Associate”被拒绝:ASSOCIATION.NEW_ACCOUNT: 无法进行关联,请联系您的华为云合作伙伴重新提交注册(关联合作伙伴的账号必须是1年2个月1天内创建的新账号)。当前允许:Associate, Expire。" + "\n" +
            "  无法进行关联,请联系您的华为云合作伙伴重新提交注册(关联合作伙伴的账号必须是1年2个月1天内创建的新账号)"
        },
        {
            "undo-without-earlier-undos",
            "Undoing needs the earlier undos of this customer and partner: call Undo(earlierUndos) instead of Fire(AssociationTrigger.Undo). Permitted now: Dissociate, SwitchMode, Undo.",
            "撤销需要该客户与该合作伙伴之前的撤销记录:请调用 Undo(earlierUndos),而不是 Fire(AssociationTrigger.Undo)。当前允许:Dissociate, SwitchMode, Undo。"
        },
        {
            "undo-interval",
            "'Undo' was refused in state 'Associated': ASSOCIATION.UNDO_INTERVAL: An association or a switch of its mode can be undone once within 3 months; the last undo was on 2026-01-15: undo again from 2026-04-16. Permitted now: Dissociate, SwitchMode, Undo." + "\n" +
            "  An association or a switch of its mode can be undone once within 3 months; the last undo was on 2026-01-15: undo again from 2026-04-16.",
            "状态“Associated”下“Undo”被拒绝:ASSOCIATION.UNDO_INTERVAL: 关联或关联模式切换在3个月内只能撤销一次;上次撤销日期为 2026-01-15,2026-04-16 起可再次撤销。当前允许:Dissociate, SwitchMode, Undo。" + "\n" +
            "  关联或关联模式切换在3个月内只能撤销一次;上次撤销日期为 2026-01-15,2026-04-16 起可再次撤销。"
        },
        {
            "registration-reserved",
            "'Associate' was refused in state 'Invited': ASSOCIATION.REGISTRATION_RESERVED: Cannot associate: another partner registered this customer, which reserves it for 15 days until 2026-03-07; association is possible from 2026-03-08. Permitted now: Associate, Expire." + "\n" +
            "  Cannot associate: another partner registered this customer, which reserves it for 15 days until 2026-03-07; association is possible from 2026-03-08.",
            "状态“Invited”下“Associate”被拒绝:ASSOCIATION.REGISTRATION_RESERVED: 无法进行关联:该客户已被其他合作伙伴报备,报备保护期为15天,至 2026-03-07 止;2026-03-08 起可以关联。当前允许:Associate, Expire。" + "\n" +
            "  无法进行关联:该客户已被其他合作伙伴报备,报备保护期为15天,至 2026-03-07 止;2026-03-08 起可以关联。"
        },
        {
            "settlement-refused",
            "The incentive settlement was refused: the incentive is not approved (INCENTIVE.SPEND_PERIOD_COMPLETE: Only 4 of 6 months reported)." + "\n" +
            "  Only 4 of 6 months reported.",
            "激励结算被拒绝:该激励未获批准(INCENTIVE.SPEND_PERIOD_COMPLETE: Only 4 of 6 months reported)。" + "\n" +
            "  Only 4 of 6 months reported."
        },
        {
            "payment-amount",
            "'Pay' was refused in state 'Qualified': INCENTIVE.PAYMENT_AMOUNT: The amount paid must be the payable: 1 CNY was given, 50000 CNY is payable. Permitted now: Pay." + "\n" +
            "  The amount paid must be the payable: 1 CNY was given, 50000 CNY is payable.",
            "状态“Qualified”下“Pay”被拒绝:INCENTIVE.PAYMENT_AMOUNT: 支付金额必须等于应付金额:传入 1 CNY,应付 50000 CNY。当前允许:Pay。" + "\n" +
            "  支付金额必须等于应付金额:传入 1 CNY,应付 50000 CNY。"
        },
        {
            "qualify-without-date",
            "Qualifying needs the date finance received the invoice: call Qualify(receivedOn) instead of Fire(SettlementTrigger.Qualify). Permitted now: RejectInvoice, Qualify.",
            "发票合格需要财务收到发票的日期:请调用 Qualify(receivedOn),而不是 Fire(SettlementTrigger.Qualify)。当前允许:RejectInvoice, Qualify。"
        },
        {
            "pay-without-amount",
            "Paying needs the amount and the method: call Pay(amount, method) instead of Fire(SettlementTrigger.Pay). Permitted now: Pay.",
            "支付需要金额和方式:请调用 Pay(amount, method),而不是 Fire(SettlementTrigger.Pay)。当前允许:Pay。"
        },
        {
            "invite-over-quota",
            "The specialist invitation was refused (STAFF.DAILY_INVITATION_LIMIT: A partner may send at most 100 specialist invitations a day; 100 were already sent today)." + "\n" +
            "  A partner may send at most 100 specialist invitations a day; 100 were already sent today.",
            "项目专员邀请被拒绝(STAFF.DAILY_INVITATION_LIMIT: 伙伴每天最多发送 100 个项目专员邀请;今天已发送 100 个)。" + "\n" +
            "  伙伴每天最多发送 100 个项目专员邀请;今天已发送 100 个。"
        },
        {
            "link-expired",
            "'Bind' was refused in state 'Invited': STAFF.INVITATION_VALIDITY: The invitation link was valid for 7 days and expired after 2026-03-09: send a new invitation. Permitted now: Expire." + "\n" +
            "  The invitation link was valid for 7 days and expired after 2026-03-09: send a new invitation.",
            "状态“Invited”下“Bind”被拒绝:STAFF.INVITATION_VALIDITY: 邀请链接有效期为7天,已于 2026-03-09 之后失效:请重新发送邀请。当前允许:Expire。" + "\n" +
            "  邀请链接有效期为7天,已于 2026-03-09 之后失效:请重新发送邀请。"
        },
        {
            "bind-without-decision",
            "Binding needs the account's staff-link decision: call Bind(staffLinkDecision) instead of Fire(SpecialistInvitationTrigger.Bind). Permitted now: Bind, Expire.",
            "绑定需要该账号的项目专员关联判定:请调用 Bind(staffLinkDecision),而不是 Fire(SpecialistInvitationTrigger.Bind)。当前允许:Bind, Expire。"
        },
        {
            "apply-without-application",
            "Applying needs the employee's application: call Apply(application) instead of Fire(SpecialistInvitationTrigger.Apply). Permitted now: Apply, Unbind.",
            "申请需要员工的申请信息:请调用 Apply(application),而不是 Fire(SpecialistInvitationTrigger.Apply)。当前允许:Apply, Unbind。"
        },
        {
            "application-incomplete",
            "'Apply' was refused in state 'Bound': SPECIALIST.POSITION: The position is missing: fill it in before applying; SPECIALIST.CLOUD_START_DATE: The start date on Huawei Cloud is missing: fill it in before applying; SPECIALIST.CERTIFICATES: No certificate is given: add at least one (without blank names) before applying. Permitted now: Apply, Unbind." + "\n" +
            "  The position is missing: fill it in before applying." + "\n" +
            "  The start date on Huawei Cloud is missing: fill it in before applying." + "\n" +
            "  No certificate is given: add at least one (without blank names) before applying.",
            "状态“Bound”下“Apply”被拒绝:SPECIALIST.POSITION: 未填写职位:申请前请填写; SPECIALIST.CLOUD_START_DATE: 未填写从事华为云工作的开始日期:申请前请填写; SPECIALIST.CERTIFICATES: 未提供证书:申请前请至少添加一个(名称不能为空)。当前允许:Apply, Unbind。" + "\n" +
            "  未填写职位:申请前请填写。" + "\n" +
            "  未填写从事华为云工作的开始日期:申请前请填写。" + "\n" +
            "  未提供证书:申请前请至少添加一个(名称不能为空)。"
        },
        {
            "cloud-start-future",
            "'Apply' was refused in state 'Bound': SPECIALIST.CLOUD_START_DATE: The start date on Huawei Cloud (2026-03-09) is after today (2026-03-02). Permitted now: Apply, Unbind." + "\n" +
            "  The start date on Huawei Cloud (2026-03-09) is after today (2026-03-02).",
            "状态“Bound”下“Apply”被拒绝:SPECIALIST.CLOUD_START_DATE: 从事华为云工作的开始日期(2026-03-09)晚于今天(2026-03-02)。当前允许:Apply, Unbind。" + "\n" +
            "  从事华为云工作的开始日期(2026-03-09)晚于今天(2026-03-02)。"
        },
        {
            "red-letter-still-open",
            "'Void' was refused in state 'Requested': INVOICE.RED_LETTER_CONFIRMATION: The red-letter confirmation is open until 2026-03-05 10:00: confirm it, or record the counterparty's refusal. Permitted now: ConfirmRedLetter, Reject, RefuseRedLetter." + "\n" +
            "  The red-letter confirmation is open until 2026-03-05 10:00: confirm it, or record the counterparty's refusal.",
            "状态“Requested”下“Void”被拒绝:INVOICE.RED_LETTER_CONFIRMATION: 红字确认单在 2026-03-05 10:00 之前有效:请确认,或记录对方的拒绝。当前允许:ConfirmRedLetter, Reject, RefuseRedLetter。" + "\n" +
            "  红字确认单在 2026-03-05 10:00 之前有效:请确认,或记录对方的拒绝。"
        },
        {
            "red-letter-expired",
            "'ConfirmRedLetter' was refused in state 'Requested': INVOICE.RED_LETTER_CONFIRMATION: The red-letter confirmation was open for 72 hours and voided itself at 2026-03-05 10:00: void this return and request a new one. Permitted now: Void, RefuseRedLetter." + "\n" +
            "  The red-letter confirmation was open for 72 hours and voided itself at 2026-03-05 10:00: void this return and request a new one.",
            "状态“Requested”下“ConfirmRedLetter”被拒绝:INVOICE.RED_LETTER_CONFIRMATION: 红字确认单的有效期为72小时,已于 2026-03-05 10:00 自动作废:请作废本次退票并重新申请。当前允许:Void, RefuseRedLetter。" + "\n" +
            "  红字确认单的有效期为72小时,已于 2026-03-05 10:00 自动作废:请作废本次退票并重新申请。"
        },
        {
            "obligations",
            "Complete the return of electronic invoice INV-2 by 2026-03-02." + "\n" +
            "Confirm the red-letter confirmation for invoice INV-1 by 2026-03-05; unconfirmed, it voids itself." + "\n" +
            "Complete the return of paper invoice INV-1 between 2026-03-04 and 2026-03-05." + "\n" +
            "Issue the red-letter invoice for invoice INV-1 between 2026-03-03 and 2026-03-05." + "\n" +
            "Specialist invitation P-1/E***1 is valid until 2026-03-09; after that, mark it expired." + "\n" +
            "Pay the incentive for project OPP-7 by 2026-03-17 (the qualified invoice was received on 2026-03-02).",
            "请在 2026-03-02 前完成电子发票 INV-2 的退票。" + "\n" +
            "请在 2026-03-05 前确认发票 INV-1 的红字确认单,逾期自动作废。" + "\n" +
            "请在 2026-03-04 至 2026-03-05 之间完成纸质发票 INV-1 的退票。" + "\n" +
            "请在 2026-03-03 至 2026-03-05 之间为发票 INV-1 开具红字发票。" + "\n" +
            "项目专员邀请 P-1/E***1 有效期至 2026-03-09;之后请将其标记为已失效。" + "\n" +
            "请在 2026-03-17 前支付项目 OPP-7 的激励(合格发票收到日期:2026-03-02)。"
        },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Each_lifecycle_text_reads_literally_in_both_languages(string story, string english, string chinese)
    {
        using (LifecycleTestKit.UiCulture("en-US"))
        {
            Assert.Equal(english, LifecycleMessageScenarios.Text(story));
        }

        using (LifecycleTestKit.UiCulture("zh-CN"))
        {
            Assert.Equal(chinese, LifecycleMessageScenarios.Text(story));
        }
    }

    [Fact]
    public void Every_story_is_pinned()
    {
        Assert.Equal(LifecycleMessageScenarios.Names, System.Linq.Enumerable.Select(Texts, row => (string)row.Data.Item1));
    }
}
