/// Spanish for the catalogue's own text (rule explanations, notes, actions, questions, procedures,
/// summaries, form names), keyed by the English exactly as the catalogue writes it.
///
/// A table rather than a second field on every rule, so the English catalogue stays the one source
/// of the facts and a reviewer reads each translation beside its original. Text with no entry yet
/// is printed in English; `LanguageTests` lists which entries the samples reach.
enum CatalogueSpanish {
    /// The Spanish for a catalogue text, or the English when it has no entry.
    static func translation(of english: String) -> String { table[english] ?? english }

    /// Whether a catalogue text has a Spanish entry.
    static func has(_ english: String) -> Bool { table[english] != nil }

    /// English catalogue text → Spanish. California, New York and Texas (the samples' states), the
    /// deposit exemptions and the UCC Article 9 rules; other states' text is still English.
    static let table: [String: String] = [
        "no deficiency judgment may follow a sale under a power of sale in a deed of trust or mortgage, whatever the loan type.":
            "no se puede dictar una sentencia de deficiencia después de una venta realizada bajo una cláusula de venta (power of sale) de una escritura de fideicomiso (deed of trust) o de una hipoteca, sea cual sea el tipo de préstamo.",
        "Was the home a dwelling for not more than four families (a limit not confirmed against the statute)?":
            "¿Era la vivienda para no más de cuatro familias (un límite que no se confirmó con el texto de la ley)?",
        "no deficiency judgment lies on a purchase-money loan used to buy the home the buyer occupies (the statute's limit to dwellings for not more than four families is unconfirmed).":
            "no procede una sentencia de deficiencia por un préstamo usado para comprar la vivienda que ocupa el comprador (no está confirmado el límite de la ley a viviendas para no más de cuatro familias).",
        "after a judicial foreclosure of a loan that is not protected purchase money, the court may award a deficiency.":
            "después de una ejecución hipotecaria judicial de un préstamo que no es un préstamo protegido para la compra, el tribunal puede conceder una deficiencia.",
        "a deficiency is limited to the debt minus the greater of the property's fair value and the sale price.":
            "la deficiencia se limita a la deuda menos la cantidad mayor entre el valor justo de la propiedad y el precio de venta.",
        "apply for a deficiency judgment":
            "solicitar una sentencia de deficiencia",
        "The 3-month period was read in § 580a and applied in Citrus State Bank; the § 726(b) wording itself was not retrieved.":
            "El plazo de 3 meses se leyó en el § 580a y se aplicó en Citrus State Bank; no se obtuvo el texto mismo del § 726(b).",
        "Was the loan a Texas home-equity loan under Tex. Const. art. XVI § 50(a)(6)?":
            "¿Era el préstamo un préstamo sobre el valor líquido de la vivienda (home-equity loan) de Texas según Tex. Const. art. XVI § 50(a)(6)?",
        "Texas home-equity loans are non-recourse.":
            "los préstamos sobre el valor líquido de la vivienda (home-equity loans) de Texas no permiten cobrar la deficiencia a la persona deudora (son non-recourse).",
        "the lender may sue for the deficiency, subject to the fair-market-value offset.":
            "el prestamista puede demandar por la deficiencia, sujeto a la compensación por el valor justo de mercado.",
        "if the debtor asks, the court sets the fair market value at the sale date; if that value (less liens the sale did not extinguish) exceeds the sale price, the debtor gets an offset for the difference. Private mortgage insurance proceeds are credited first.":
            "si la persona deudora lo pide, el tribunal fija el valor justo de mercado a la fecha de la venta; si ese valor (menos los gravámenes que la venta no extinguió) supera el precio de venta, la persona deudora recibe una compensación por la diferencia. Primero se acreditan los pagos del seguro hipotecario privado.",
        "sue for the deficiency":
            "demandar por la deficiencia",
        "bring a suit to determine fair market value":
            "presentar una demanda para que se determine el valor justo de mercado",
        "the court may award a deficiency on a motion in the foreclosure action.":
            "el tribunal puede conceder una deficiencia mediante una moción en el juicio de ejecución hipotecaria.",
        "the deficiency is the judgment amount plus interest, prior liens, costs and referee fees, minus the greater of the fair market value on the auction date and the sale price.":
            "la deficiencia es el monto de la sentencia más los intereses, los gravámenes anteriores, los costos y los honorarios del síndico (referee), menos la cantidad mayor entre el valor justo de mercado en la fecha de la subasta y el precio de venta.",
        "move for a deficiency judgment":
            "solicitar por moción una sentencia de deficiencia",
        "If no motion is made in time, the sale proceeds are treated as full satisfaction of the debt.":
            "Si no se presenta la moción a tiempo, el producto de la venta se considera pago total de la deuda.",
        "More protective than federal law, but the current formula (CCP 706.050 after SB 1477) is not confirmed; sources conflict.":
            "Protege más que la ley federal, pero la fórmula vigente (CCP 706.050 después de la SB 1477) no está confirmada; las fuentes no coinciden.",
        "Wage (income execution) rules not researched; the bank-restraint exemption notice lists 90% of income earned in the last 60 days.":
            "No se investigaron las reglas sobre el salario (income execution); la notificación de exención para la retención bancaria incluye el 90% de los ingresos ganados en los últimos 60 días.",
        "Current wages are exempt except for child support, spousal maintenance, student loans and taxes.":
            "El salario actual está exento, salvo para la manutención de menores, la pensión alimenticia del cónyuge, los préstamos estudiantiles y los impuestos.",
        "File a sworn claim of exemption with the levying officer, in person or by mail.":
            "Presente un reclamo de exención bajo juramento ante el oficial de embargo (levying officer), en persona o por correo postal.",
        "file the claim of exemption":
            "presentar el reclamo de exención",
        "That is for personal service; if the notice of levy was served by mail the period is 20 days. The older 10-day text is out of date.":
            "Ese plazo es para la entrega en persona; si la notificación del embargo se entregó por correo postal, el plazo es de 20 días. El texto anterior de 10 días ya no está vigente.",
        "Claim of Exemption (EJ-160)":
            "Reclamo de exención (Claim of Exemption, formulario EJ-160)",
        "Financial Declaration (EJ-165)":
            "Declaración financiera (Financial Declaration, formulario EJ-165)",
        "File a Claim of Exemption and a Financial Statement with the levying officer (not the court); no fixed filing deadline was found, so file as soon as possible.":
            "Presente un reclamo de exención (Claim of Exemption) y una declaración financiera (Financial Statement) ante el oficial de embargo (levying officer), no ante el tribunal; no se encontró un plazo fijo para presentarlos, así que hágalo lo antes posible.",
        "Claim of Exemption (WG-006)":
            "Reclamo de exención (Claim of Exemption, formulario WG-006)",
        "Financial Statement (WG-007)":
            "Declaración financiera (Financial Statement, formulario WG-007)",
        "Send the completed Exemption Claim Form to both the bank and the creditor (or its attorney).":
            "Envíe el formulario de reclamo de exención (Exemption Claim Form) ya completado al banco y también al acreedor (o a su abogado).",
        "send the exemption claim form":
            "enviar el formulario de reclamo de exención",
        "Counted from the bank's postmark.":
            "Se cuenta desde la fecha del matasellos del banco.",
        "Exemption Notice and Exemption Claim Form (two copies served with the restraint)":
            "Notificación de exención y formulario de reclamo de exención (Exemption Notice and Exemption Claim Form; se entregan dos copias con la retención)",
        "Social Security benefits are exempt from creditors' garnishment, and two months of direct deposits are protected automatically.":
            "Los beneficios del Seguro Social están exentos de embargo por los acreedores, y dos meses de depósitos directos están protegidos automáticamente.",
        "SSI is exempt from creditors' garnishment, and two months of direct deposits are protected automatically.":
            "La Seguridad de Ingreso Suplementario (SSI) está exenta de embargo por los acreedores, y dos meses de depósitos directos están protegidos automáticamente.",
        "Veterans' benefits are exempt from creditors' garnishment, and two months of direct deposits are protected automatically.":
            "Los beneficios para veteranos (VA) están exentos de embargo por los acreedores, y dos meses de depósitos directos están protegidos automáticamente.",
        "Railroad Retirement Board benefits are exempt, and two months of direct deposits are protected automatically.":
            "Los beneficios de la Junta de Retiro Ferroviario están exentos, y dos meses de depósitos directos están protegidos automáticamente.",
        "Federal civil-service retirement and disability benefits paid by OPM are exempt, and two months of direct deposits are protected automatically; a federal pension paid by another agency is not in Part 212's list but may still be exempt (CFPB lists military annuities).":
            "Los beneficios de jubilación y de discapacidad del servicio civil federal que paga la OPM están exentos, y dos meses de depósitos directos están protegidos automáticamente; una pensión federal que paga otra agencia no está en la lista de la Parte 212, pero aun así puede estar exenta (la CFPB menciona las anualidades militares).",
        "State-paid benefits are not covered by Part 212; any exemption comes from state law and must be claimed.":
            "La Parte 212 no cubre los beneficios que paga el estado; cualquier exención viene de la ley estatal y hay que reclamarla.",
        "Benefits inside an ERISA plan cannot be assigned or alienated, but whether that protection survives once money is paid into a bank account is not confirmed; state exemptions must be claimed.":
            "Los beneficios dentro de un plan ERISA no se pueden ceder ni enajenar, pero no está confirmado si esa protección se mantiene una vez que el dinero se deposita en una cuenta bancaria; las exenciones estatales hay que reclamarlas.",
        "Unemployment insurance is a state benefit outside Part 212; some states (New York's exemption notice lists it) exempt it on a claim.":
            "Los beneficios de desempleo son un beneficio estatal fuera de la Parte 212; algunos estados (la notificación de exención de Nueva York los incluye) los eximen si se reclaman.",
        "Child support received is outside Part 212; some states (New York's exemption notice lists it) exempt it on a claim.":
            "La manutención de menores que se recibe está fuera de la Parte 212; algunos estados (la notificación de exención de Nueva York la incluye) la eximen si se reclama.",
        "Public assistance is outside Part 212; some states (New York's exemption notice lists it) exempt it on a claim.":
            "La asistencia pública está fuera de la Parte 212; algunos estados (la notificación de exención de Nueva York la incluye) la eximen si se reclama.",
        "Deposited wages are not protected by Part 212; some states protect recent or traceable wages (New York: 90% of income earned in the last 60 days; Montana, New Mexico and Wyoming: traceable exempt earnings).":
            "La Parte 212 no protege los salarios depositados; algunos estados protegen los salarios recientes o que se pueden rastrear (Nueva York: el 90% de los ingresos ganados en los últimos 60 días; Montana, Nuevo México y Wyoming: los ingresos exentos que se pueden rastrear).",
        "No exemption is known for this source; state law may give a general exemption that must be claimed.":
            "No se conoce ninguna exención para esta fuente; la ley estatal puede dar una exención general que hay que reclamar.",
        "Every aspect of the sale of a repossessed vehicle (method, manner, time, place and terms) must be commercially reasonable.":
            "Todos los aspectos de la venta de un vehículo recuperado (el método, la forma, la fecha, el lugar y las condiciones) deben ser comercialmente razonables.",
        "The creditor must send reasonable authenticated notice before it sells the vehicle.":
            "El acreedor debe enviar un aviso razonable y auténtico antes de vender el vehículo.",
        "In a consumer-goods transaction the notice must describe any deficiency liability and give a phone number for the amount needed to redeem and for more information.":
            "En una operación de bienes de consumo, el aviso debe explicar si se podría deber una deficiencia y dar un número de teléfono para saber el monto necesario para recuperar el vehículo y para pedir más información.",
        "Whether the debtor owes the deficiency after proceeds are applied, and how a low-price sale to the creditor or a related buyer is adjusted, was not confirmed against the text.":
            "No se confirmó con el texto de la ley si la persona deudora debe la deficiencia después de aplicar el producto de la venta, ni cómo se ajusta una venta a bajo precio al acreedor o a un comprador relacionado.",
        "The duty to explain how a consumer deficiency was calculated was not confirmed against the text.":
            "No se confirmó con el texto de la ley la obligación de explicar cómo se calculó la deficiencia de un consumidor.",
        "The effect of a creditor's non-compliance on a consumer deficiency is left to the courts, and some states bar the deficiency; not confirmed against the text.":
            "El efecto de que el acreedor no cumpla las reglas sobre la deficiencia de un consumidor queda en manos de los tribunales, y algunos estados prohíben la deficiencia; no se confirmó con el texto de la ley.",
    ]
}
