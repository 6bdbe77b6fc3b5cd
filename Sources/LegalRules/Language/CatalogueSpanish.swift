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

    /// English catalogue text → Spanish: the deposit exemptions, the UCC Article 9 rules and every
    /// state's deficiency, deadline, wage and exemption-claim text. A text several states share has
    /// one entry, under the first state that uses it.
    static let table: [String: String] = [
        "an action on a written contract": "una acción sobre un contrato escrito",
        "an action on a promissory note or other written contract to pay money": "una acción sobre un pagaré u otro contrato escrito de pago de dinero",
        "an action to recover a debt": "una acción para cobrar una deuda",
        "an action on a simple (unsealed) contract": "una acción sobre un contrato simple (sin sello)",
        "an action for breach of contract": "una acción por incumplimiento de contrato",
        "an action on a contract": "una acción sobre un contrato",
        "a civil action": "una acción civil",
        "an action on an instrument or promissory note": "una acción sobre un instrumento o un pagaré",
        "an action on a note secured by a mortgage of real estate": "una acción sobre un pagaré garantizado con hipoteca sobre un inmueble",
        "The statute, quoted in Martin, gives one year for a deficiency judgment after foreclosure of a mortgage or deed of trust on real estate; that it counts from the sale is not stated in the text read. Only a party with an interest in the mortgaged property may raise it (Martin).":
            "La ley, citada en Martin, da un año para una sentencia de deficiencia después de la ejecución de una hipoteca o escritura de fideicomiso (deed of trust) sobre un inmueble; el texto leído no dice que el plazo se cuente desde la venta. Solo puede invocarla quien tenga un interés en la propiedad hipotecada (Martin).",
        "no deficiency is owed or collected on a refinance, executed on or after January 1, 2013, of a purchase-money loan on an owner-occupied dwelling for not more than four families, except for new money the refinance advanced beyond the old loan and its costs.":
            "no se debe ni se cobra ninguna deficiencia por un refinanciamiento, firmado el 1 de enero de 2013 o después, de un préstamo para la compra de una vivienda para no más de cuatro familias ocupada por su dueño, salvo por el dinero nuevo que el refinanciamiento adelantó además del préstamo anterior y sus costos.",
        "The period starts the day after the clerk issues the certificate of title (or after a deed in lieu is accepted), and also covers a motion in the foreclosure case (Accardi).":
            "El plazo empieza el día siguiente a que el secretario del tribunal expide el certificado de título (o a que se acepta una escritura en lugar de la ejecución), y también cubre una moción dentro del caso de ejecución hipotecaria (Accardi).",
        "when the property was sold to the judgment creditor":
            "cuando la propiedad se vendió al acreedor de la sentencia",
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
        "Exemption Claim Form (CPLR 5222-a)":
            "Formulario de reclamo de exención (Exemption Claim Form, CPLR 5222-a)",
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
        // Florida
        "the court may enter a deficiency judgment, and the lender may also sue at common law unless the foreclosure court already ruled on a deficiency.":
            "el tribunal puede dictar una sentencia de deficiencia, y el prestamista también puede demandar según el derecho común (common law), salvo que el tribunal de la ejecución hipotecaria ya se haya pronunciado sobre la deficiencia.",
        "for owner-occupied residential property the deficiency may not exceed the amount of the foreclosure judgment minus the fair market value on the sale date; a tax-homestead is presumed owner-occupied.":
            "para una propiedad residencial ocupada por su dueño, la deficiencia no puede superar el monto de la sentencia de ejecución hipotecaria menos el valor justo de mercado en la fecha de la venta; se presume que una vivienda con exención fiscal de residencia principal (homestead) está ocupada por su dueño.",
        "bring an action for the deficiency":
            "presentar una demanda por la deficiencia",
        "1–4 family residential property":
            "una propiedad residencial de 1 a 4 familias",
        "Text read in the 2012 committee amendment; the final enactment (ch. 2013-137) was not read verbatim. After a deed in lieu the period starts the day after it is accepted.":
            "El texto se leyó en la enmienda de comisión de 2012; no se leyó la versión final aprobada (ch. 2013-137) palabra por palabra. Después de una entrega de la escritura en lugar de la ejecución (deed in lieu), el plazo empieza el día después de que se acepta.",
        // Illinois
        "Were you NOT personally served, and did you NOT appear, in the foreclosure case?":
            "¿Es cierto que NO se le entregó la citación en persona y que usted NO compareció en el juicio de ejecución hipotecaria?",
        "a personal deficiency judgment needs personal service on the borrower or an appearance; otherwise only an in rem deficiency, which does not bind the borrower personally.":
            "una sentencia de deficiencia personal requiere que la citación se haya entregado en persona al prestatario o que este haya comparecido; si no, solo cabe una deficiencia in rem, que no obliga personalmente al prestatario.",
        "the deficiency can be entered in the foreclosure judgment or the order confirming the sale.":
            "la deficiencia se puede dictar en la sentencia de ejecución hipotecaria o en la orden que confirma la venta.",
        // Pennsylvania
        "a deficiency may be sought, but a debtor not named and served in the petition to fix fair market value is discharged.":
            "se puede reclamar una deficiencia, pero la persona deudora que no se nombró ni recibió la notificación de la petición para fijar el valor justo de mercado queda liberada.",
        "when the property is sold to the judgment creditor, the creditor must petition the court to fix its fair market value, which is credited against the debt.":
            "cuando la propiedad se vende al acreedor de la sentencia, el acreedor debe pedir al tribunal que fije su valor justo de mercado, que se acredita contra la deuda.",
        "petition to fix fair market value":
            "presentar una petición para fijar el valor justo de mercado",
        "Counted from execution and delivery of the sheriff's deed; the limitations section (42 Pa.C.S. 5522(b)(2)) was not retrieved.":
            "Se cuenta desde el otorgamiento y la entrega de la escritura del alguacil (sheriff's deed); no se obtuvo la sección de prescripción (42 Pa.C.S. 5522(b)(2)).",
        "No wage attachment for ordinary creditors (exceptions include support, some student loans, residential rent owed to a landlord, and some taxes).":
            "Los acreedores ordinarios no pueden embargar el salario (las excepciones incluyen la manutención, algunos préstamos estudiantiles, el alquiler de vivienda que se le debe al arrendador y algunos impuestos).",
        // Ohio
        "a deficiency judgment may be entered after the judicial sale.":
            "se puede dictar una sentencia de deficiencia después de la venta judicial.",
        "enforce the deficiency judgment":
            "hacer cumplir la sentencia de deficiencia",
        "debt secured by a one- or two-family dwelling, homestead or homesite":
            "una deuda garantizada con una vivienda de una o dos familias, una residencia principal (homestead) o un terreno para vivienda (homesite)",
        "Collection started within the 2 years may continue; read in the 2006 text, later amendments not checked.":
            "El cobro que se haya iniciado dentro de los 2 años puede continuar; se leyó en el texto de 2006, y no se revisaron las enmiendas posteriores.",
        // Georgia
        "Was the sale NOT reported to the superior court and confirmed?":
            "¿Es cierto que la venta NO se informó al tribunal superior (superior court) ni este la confirmó?",
        "without a court's confirmation of a non-judicial sale (finding that the property brought its true market value), no deficiency judgment may be obtained.":
            "sin la confirmación de un tribunal de la venta extrajudicial (que determine que la propiedad se vendió por su verdadero valor de mercado), no se puede obtener una sentencia de deficiencia.",
        "a deficiency may be sought once the sale is confirmed.":
            "se puede reclamar una deficiencia una vez que se confirma la venta.",
        "report the sale to the superior court for confirmation":
            "informar la venta al tribunal superior (superior court) para que la confirme",
        "The debtor must get at least 5 days' notice of the confirmation hearing; the court may order a resale.":
            "La persona deudora debe recibir un aviso de por lo menos 5 días antes de la audiencia de confirmación; el tribunal puede ordenar una nueva venta.",
        // North Carolina
        "Was the loan seller-financed, with a note that shows on its face it is purchase money?":
            "¿Fue un préstamo financiado por el vendedor, con un pagaré que indica expresamente que es para la compra (purchase money)?",
        "no deficiency judgment on a seller-financed purchase-money note.":
            "no procede una sentencia de deficiencia por un pagaré para la compra financiado por el vendedor.",
        "a deficiency may otherwise be sought.":
            "en los demás casos se puede reclamar una deficiencia.",
        "when the lender buys at a power-of-sale sale, the debtor may show as a defence or offset that the property was worth the debt or that the bid was substantially below its true value (not for court-ordered sales).":
            "cuando el prestamista compra en una venta bajo una cláusula de venta (power of sale), la persona deudora puede alegar como defensa o compensación que la propiedad valía lo que se debía o que la oferta fue muy inferior a su verdadero valor (no se aplica a las ventas ordenadas por un tribunal).",
        "Usually listed as allowing no wage garnishment for consumer debt: earnings for the last 60 days are exempt when needed to support the debtor's family.":
            "Suele figurar como un estado que no permite el embargo de salario por deudas de consumo: los ingresos de los últimos 60 días están exentos cuando se necesitan para mantener a la familia de la persona deudora.",
        // Michigan
        "after foreclosure by advertisement the lender must sue for the deficiency.":
            "después de una ejecución hipotecaria por anuncio (foreclosure by advertisement), el prestamista debe demandar por la deficiencia.",
        "when the mortgagee bought at the sale, the debtor may show the property was worth the debt, or that the bid was substantially less than its true value, to defeat or reduce the deficiency (not when a third party bought).":
            "cuando el acreedor hipotecario compró en la venta, la persona deudora puede demostrar que la propiedad valía lo que se debía, o que la oferta fue muy inferior a su verdadero valor, para anular o reducir la deficiencia (no se aplica cuando compró un tercero).",
        // New Jersey
        "a deficiency needs a separate suit on the debt, and only defendants joined in the foreclosure can be sued.":
            "la deficiencia requiere una demanda aparte por la deuda, y solo se puede demandar a quienes fueron parte en la ejecución hipotecaria.",
        "if the debtor disputes the amount, the deficiency is the debt minus the fair market value.":
            "si la persona deudora disputa el monto, la deficiencia es la deuda menos el valor justo de mercado.",
        "Counted from confirmation instead where confirmation is required.":
            "Cuando se requiere la confirmación de la venta, se cuenta desde la confirmación.",
        // Virginia
        "File the Request for Hearing – Garnishment/Lien Exemption Claim with the court clerk; the statute sets no fixed filing deadline, and the hearing is held within 7 business days after filing.":
            "Presente la solicitud de audiencia (Request for Hearing – Garnishment/Lien Exemption Claim) ante el secretario del tribunal (court clerk); la ley no fija un plazo para presentarla, y la audiencia se celebra dentro de los 7 días hábiles siguientes a la presentación.",
        "Request for Hearing – Garnishment/Lien Exemption Claim (reportedly DC-454)":
            "Solicitud de audiencia para reclamar una exención del embargo o gravamen (Request for Hearing – Garnishment/Lien Exemption Claim, según se informa el formulario DC-454)",
        "Lesser of 25% or the excess over 40× the minimum wage (since July 1, 2021 reportedly the greater of the state or federal minimum wage).":
            "La cantidad menor entre el 25% y lo que exceda de 40 veces el salario mínimo (desde el 1 de julio de 2021, según se informa, el salario mínimo estatal o el federal, el que sea mayor).",
        // Washington
        "no deficiency judgment may follow a trustee's sale under a deed of trust, apart from limited commercial-loan and guarantor cases that do not reach a borrower's principal residence.":
            "no se puede dictar una sentencia de deficiencia después de una venta por el fideicomisario (trustee's sale) bajo una escritura de fideicomiso (deed of trust), salvo en casos limitados de préstamos comerciales y de garantes que no alcanzan la residencia principal del prestatario.",
        "whether a deficiency follows a judicial foreclosure was not confirmed.":
            "no se confirmó si después de una ejecución hipotecaria judicial procede una deficiencia.",
        // Arizona (and every state whose wage rule was not researched)
        "Is the property 2.5 acres or less, limited to and used for a single one- or two-family dwelling?":
            "¿Tiene la propiedad 2.5 acres o menos, y se limita a una sola vivienda de una o dos familias y se usa como tal?",
        "no deficiency after a trustee's sale of a deed of trust on property of 2.5 acres or less used for a single one- or two-family dwelling.":
            "no procede una deficiencia después de una venta por el fideicomisario (trustee's sale) de una escritura de fideicomiso (deed of trust) sobre una propiedad de 2.5 acres o menos usada como una sola vivienda de una o dos familias.",
        "no deficiency after judicial foreclosure of a purchase-money mortgage on property of 2.5 acres or less used for a single one- or two-family dwelling.":
            "no procede una deficiencia después de una ejecución hipotecaria judicial de una hipoteca para la compra sobre una propiedad de 2.5 acres o menos usada como una sola vivienda de una o dos familias.",
        "outside those protections a deficiency may be sought.":
            "fuera de esas protecciones se puede reclamar una deficiencia.",
        "the deficiency is the amount owed minus the greater of the fair market value (net of prior liens) and the trustee's sale price.":
            "la deficiencia es el monto adeudado menos la cantidad mayor entre el valor justo de mercado (descontados los gravámenes anteriores) y el precio de la venta por el fideicomisario (trustee's sale).",
        "State rule not researched; only the federal limit is shown.":
            "No se investigó la regla estatal; solo se muestra el límite federal.",
        // Massachusetts
        "Did the lender fail to send, by registered mail with return receipt at least 21 days before the sale, a notice warning of liability for a deficiency?":
            "¿Dejó el prestamista de enviar por correo registrado con acuse de recibo, por lo menos 21 días antes de la venta, un aviso que advirtiera de la responsabilidad por una deficiencia?",
        "a deficiency needs the statutory notice of intent to foreclose with a warning of deficiency liability.":
            "la deficiencia requiere el aviso que exige la ley sobre la intención de ejecutar la hipoteca, con una advertencia de la responsabilidad por la deficiencia.",
        "with proper notice a deficiency may be sought.":
            "con el aviso debido se puede reclamar una deficiencia.",
        // Tennessee
        "a deficiency may be sought for sales on or after September 1, 2010.":
            "se puede reclamar una deficiencia por las ventas realizadas a partir del 1 de septiembre de 2010.",
        "the deficiency is the debt plus foreclosure costs minus the fair market value; the sale price is presumed to be the fair market value unless the debtor proves by a preponderance that it was materially less.":
            "la deficiencia es la deuda más los costos de la ejecución hipotecaria menos el valor justo de mercado; se presume que el precio de venta es el valor justo de mercado, salvo que la persona deudora pruebe con preponderancia de la prueba que era mucho menor.",
        "bring the deficiency action":
            "presentar la demanda por la deficiencia",
        "Or the contract or judgment limitation period if earlier (Tenn. Code 28-1-102, 28-2-111); time in bankruptcy is not counted.":
            "O el período de prescripción del contrato o de la sentencia, si vence antes (Tenn. Code 28-1-102, 28-2-111); no se cuenta el tiempo en quiebra.",
        // Indiana
        "Did you, with the lender's consent, waive the statutory waiting period before the sale?":
            "¿Renunció usted, con el consentimiento del prestamista, al período de espera que exige la ley antes de la venta?",
        "a lender that agreed to the borrower's waiver of the waiting period may not get a deficiency.":
            "el prestamista que aceptó la renuncia del prestatario al período de espera no puede obtener una deficiencia.",
        "the personal judgment on the note is entered in the foreclosure judgment, and the sheriff's sale price is credited against it.":
            "la sentencia personal por el pagaré se dicta en la sentencia de ejecución hipotecaria, y el precio de la venta del alguacil (sheriff's sale) se acredita contra ella.",
        "Same as federal by default; on good cause the court may set a lower percentage, not below 10%.":
            "Igual que la ley federal en principio; con causa justificada, el tribunal puede fijar un porcentaje menor, no inferior al 10%.",
        // Missouri
        "the lender may sue on the note after a trustee's sale; the sale can be attacked only for fraud, unfair dealing, mistake or a price that shocks the conscience.":
            "el prestamista puede demandar por el pagaré después de una venta por el fideicomisario (trustee's sale); la venta solo se puede impugnar por fraude, trato injusto, error o un precio escandalosamente bajo (que conmueva la conciencia).",
        "the deficiency is the debt minus the foreclosure price, not the fair market value.":
            "la deficiencia es la deuda menos el precio de la ejecución hipotecaria, no el valor justo de mercado.",
        "A Missouri-resident head of family who files the affidavit (form CV95) may have no more than 10% taken; everyone else gets the federal formula.":
            "A una persona jefa de familia que reside en Missouri y presenta la declaración jurada (formulario CV95) no se le puede retener más del 10%; a todas las demás se les aplica la fórmula federal.",
        // Maryland
        "after the sale and the auditor's account are ratified, the secured party may move for a deficiency; for owner-occupied homes that motion is the only remedy on the note.":
            "una vez ratificadas la venta y la cuenta del auditor, el acreedor garantizado puede solicitar por moción una deficiencia; para las viviendas ocupadas por su dueño, esa moción es la única medida legal por el pagaré.",
        "Perry v. Burson reads the date from the docket entry.":
            "Perry v. Burson toma la fecha de la anotación en el expediente del tribunal (docket).",
        "Move the court that entered the judgment, usually by order to show cause, for an order vacating or modifying the income execution; the judgment debtor may so move at any time.":
            "Presentar una moción ante el tribunal que dictó la sentencia, por lo general mediante una orden para mostrar causa (order to show cause), para que se anule o se modifique la orden de embargo de ingresos (income execution); la persona deudora puede presentarla en cualquier momento.",
        "A motion raising a defence may be filed at any time.":
            "Se puede presentar en cualquier momento una moción que plantee una defensa.",
        "Exempt is the greater of 75% of disposable wages or 30× the Maryland minimum wage for each week of the pay period, plus medical-insurance deductions.":
            "Está exenta la cantidad mayor entre el 75% de los ingresos disponibles y 30 veces el salario mínimo de Maryland por cada semana del período de pago, más las deducciones del seguro médico.",
        // Wisconsin
        "Did the lender waive the deficiency in its foreclosure complaint (to get an earlier sale)?":
            "¿Renunció el prestamista a la deficiencia en su demanda de ejecución hipotecaria (para obtener una venta más pronto)?",
        "a lender that waived the deficiency in its complaint cannot recover one.":
            "el prestamista que renunció a la deficiencia en su demanda no puede cobrarla.",
        "a deficiency may be entered at confirmation of the sale.":
            "se puede dictar una deficiencia al confirmar la venta.",
        "no sale may be confirmed and no deficiency entered until the court is satisfied the fair value of the premises was credited to the debt.":
            "no se puede confirmar ninguna venta ni dictar una deficiencia hasta que el tribunal quede convencido de que se acreditó a la deuda el valor justo del inmueble.",
        "Deliver or mail the debtor's answer form to the employer at any time before or during the garnishment's 13-week period.":
            "Entregue o envíe por correo postal al empleador el formulario de respuesta de la persona deudora en cualquier momento antes o durante el período de 13 semanas del embargo.",
        "At most 20%; fully exempt below the poverty line or with need-based aid (now or in the last 6 months).":
            "Como máximo el 20%; el salario está totalmente exento por debajo del nivel de pobreza o si se recibe asistencia basada en necesidad (ahora o en los últimos 6 meses).",
        // Colorado
        "the lender may seek a deficiency after the sale.":
            "el prestamista puede reclamar una deficiencia después de la venta.",
        "the holder must bid at least its good-faith estimate of fair market value less costs and senior liens; failing that is a defence the borrower may raise in a deficiency suit.":
            "el tenedor debe ofrecer por lo menos su cálculo de buena fe del valor justo de mercado, menos los costos y los gravámenes de mayor prioridad; si no lo hace, el prestatario puede alegarlo como defensa en una demanda por la deficiencia.",
        "File a written claim of exemption with the clerk and send a copy to the creditor by certified mail.":
            "Presente un reclamo de exención por escrito ante el secretario del tribunal (clerk) y envíe una copia al acreedor por correo certificado.",
        "C.R.C.P. Form 29 (Writ with Notice of Exemption and Pending Levy)":
            "Formulario 29 de las C.R.C.P. (C.R.C.P. Form 29, Writ with Notice of Exemption and Pending Levy)",
        "Try to settle a miscalculation with the employer, then file a written objection.":
            "Intente resolver con el empleador un error de cálculo y luego presente una objeción por escrito.",
        "resolve the miscalculation with the employer before objecting":
            "resolver con el empleador el error de cálculo antes de presentar una objeción",
        "C.R.C.P. Form 28 (Objection)":
            "Formulario 28 de las C.R.C.P. (C.R.C.P. Form 28, Objection)",
        "For writs from October 1, 2020: lesser of 20% or the excess over 40× the applicable minimum wage; a hardship exemption may cut it further.":
            "Para las órdenes de embargo (writs) a partir del 1 de octubre de 2020: la cantidad menor entre el 20% y lo que exceda de 40 veces el salario mínimo aplicable; una exención por dificultades económicas puede reducirlo más.",
        // Minnesota
        "Was the redemption period 6 months (or 5 weeks for abandoned property)?":
            "¿Fue el período de redención (redemption period) de 6 meses (o de 5 semanas para una propiedad abandonada)?",
        "no deficiency after foreclosure by advertisement with a 6-month redemption period or the 5-week abandoned-property period.":
            "no procede una deficiencia después de una ejecución hipotecaria por anuncio (foreclosure by advertisement) con un período de redención de 6 meses o con el período de 5 semanas para una propiedad abandonada.",
        "in other cases (such as foreclosure by action) a deficiency is allowed, capped at the debt minus the sale proceeds.":
            "en los demás casos (como la ejecución hipotecaria por demanda judicial) se permite una deficiencia, limitada a la deuda menos el producto de la venta.",
        "the deficiency is capped at the debt minus the sale proceeds.":
            "la deficiencia se limita a la deuda menos el producto de la venta.",
        "sue for the deficiency (fair market value found by a jury unless waived)":
            "demandar por la deficiencia (un jurado determina el valor justo de mercado, salvo que se renuncie a ello)",
        "agricultural mortgages made after March 22, 1986":
            "hipotecas agrícolas otorgadas después del 22 de marzo de 1986",
        "Sign the exemption forms the bank mails and send one to the bank and one to the creditor's attorney, with 60 days of bank statements.":
            "Firme los formularios de exención que le envía el banco y mande uno al banco y otro al abogado del acreedor, con los estados de cuenta bancarios de 60 días.",
        "send the exemption claim":
            "enviar el reclamo de exención",
        "Counted from the postmark; claimed funds are released 6 business days after the bank gets the claim unless the creditor objects.":
            "Se cuenta desde la fecha del matasellos; el dinero reclamado se libera 6 días hábiles después de que el banco recibe el reclamo, salvo que el acreedor presente una objeción.",
        "The creditor must give 10 days' notice before serving the garnishment summons; serve an exemption claim within that time.":
            "El acreedor debe dar un aviso de 10 días antes de entregar formalmente la citación del embargo; entregue formalmente un reclamo de exención dentro de ese plazo.",
        "serve the exemption claim":
            "entregar formalmente el reclamo de exención",
        "Lesser of 25% or the excess over 40× the greater of the federal or Minnesota minimum wage, times the weeks in the pay period.":
            "La cantidad menor entre el 25% y lo que exceda de 40 veces el salario mínimo federal o el de Minnesota (el que sea mayor), multiplicado por las semanas del período de pago.",
        // AK
        "after a trustee's sale under a deed of trust no further action or judgment is allowed on the secured debt against the maker, a surety or a guarantor.":
            "después de una venta por el fideicomisario (trustee's sale) bajo una escritura de fideicomiso (deed of trust), no se permite ninguna otra demanda ni sentencia por la deuda garantizada contra el deudor principal, un fiador o un garante.",
        "a lender that forecloses judicially (and then cannot use the power of sale) may seek a deficiency.":
            "el prestamista que ejecuta la hipoteca por la vía judicial (y entonces no puede usar la cláusula de venta) puede reclamar una deficiencia.",
        "A weekly net-earnings dollar exemption set by regulation; the employer protects the greater of it or 75% of net.":
            "Una exención semanal en dólares sobre los ingresos netos, fijada por reglamento; el empleador protege la cantidad mayor entre esa exención y el 75% de los ingresos netos.",
        // AL
        "the lender may sue for the deficiency; a bid far below value can be attacked under the lender's duty of fairness and good faith.":
            "el prestamista puede demandar por la deficiencia; una oferta muy inferior al valor se puede impugnar con base en el deber de equidad y buena fe del prestamista.",
        "Consumer credit judgments: lesser of 25% or the excess over 30× the federal minimum wage, the same as federal.":
            "Sentencias por crédito de consumo: la cantidad menor entre el 25% y lo que exceda de 30 veces el salario mínimo federal, igual que la ley federal.",
        // AR
        "a deficiency may be sought; in a judicial action the court may order the sale and a personal judgment in one decree.":
            "se puede reclamar una deficiencia; en una demanda judicial, el tribunal puede ordenar la venta y dictar una sentencia personal en un solo fallo (decree).",
        "after a statutory sale the deficiency is capped at the debt plus costs minus the fair market value.":
            "después de una venta según la ley (statutory sale), la deficiencia se limita a la deuda más los costos menos el valor justo de mercado.",
        "The first $25 a week of a laborer's or mechanic's net wages is always exempt, and up to 60 days' wages on a sworn statement; otherwise the federal cap.":
            "Los primeros $25 por semana del salario neto de un obrero o mecánico siempre están exentos, y hasta 60 días de salario con una declaración bajo juramento; en los demás casos, el límite federal.",
        // CT
        "after strict foreclosure a party may move for a deficiency, which the court limits to the debt minus its valuation of the property.":
            "después de una ejecución hipotecaria estricta (strict foreclosure), una parte puede solicitar por moción una deficiencia, que el tribunal limita a la deuda menos su valoración de la propiedad.",
        "the court holds a hearing, sets the property's value and awards only the debt minus that valuation; after a foreclosure by sale below the court appraisal, no deficiency is enforced until half the gap has been credited.":
            "el tribunal celebra una audiencia, fija el valor de la propiedad y concede solo la deuda menos esa valoración; después de una ejecución hipotecaria con venta por debajo del avalúo del tribunal, no se hace cumplir ninguna deficiencia hasta que se haya acreditado la mitad de la diferencia.",
        "Otherwise the foreclosure bars further action on the debt (C.G.S. § 49-1).":
            "De lo contrario, la ejecución hipotecaria impide cualquier otra demanda por la deuda (C.G.S. § 49-1).",
        "Return the Exemption Claim Form the bank mails you.":
            "Devuelva el formulario de reclamo de exención (Exemption Claim Form) que le envía el banco.",
        "return the exemption claim to the bank":
            "devolver al banco el reclamo de exención",
        "JD-CV-24A Exemption Claim Form (Financial Institution Execution)":
            "Formulario de reclamo de exención JD-CV-24A (JD-CV-24A Exemption Claim Form, Financial Institution Execution)",
        "Lesser of 25% or the excess over 40× the higher of the federal or Connecticut minimum wage; only after an unobeyed installment order.":
            "La cantidad menor entre el 25% y lo que exceda de 40 veces el salario mínimo federal o el de Connecticut (el que sea mayor); solo después de que no se cumpla una orden de pagos a plazos (installment order).",
        // DC
        "in a judicial foreclosure by sale the court may enter a personal decree for the unpaid remainder.":
            "en una ejecución hipotecaria judicial con venta, el tribunal puede dictar un fallo personal (personal decree) por el saldo que quede sin pagar.",
        "after a non-judicial sale under a deed of trust the lender must file a separate suit.":
            "después de una venta extrajudicial bajo una escritura de fideicomiso (deed of trust), el prestamista debe presentar una demanda aparte.",
        "Only 25% of the amount by which weekly disposable wages exceed 40× the D.C. minimum wage; the debtor may move to exempt wages for hardship.":
            "Solo el 25% de lo que los ingresos disponibles semanales excedan de 40 veces el salario mínimo de D.C.; la persona deudora puede pedir por moción que se exima el salario por dificultades económicas.",
        // DE
        "secondary sources conflict on whether a deficiency is available (usually said to need a separate suit on the note or bond).":
            "las fuentes secundarias no coinciden sobre si procede una deficiencia (suele decirse que requiere una demanda aparte por el pagaré o el bono).",
        "85% of wages exempt, so at most 15%; one wage attachment at a time.":
            "El 85% del salario está exento, así que se puede retener como máximo el 15%; solo un embargo de salario a la vez.",
        // HI
        "Was the home your primary residence for at least 200 continuous days before the notice of default, with no other collateral securing the debt?":
            "¿Fue la vivienda su residencia principal durante por lo menos 200 días seguidos antes del aviso de incumplimiento (notice of default), sin ninguna otra garantía de la deuda?",
        "no deficiency after a Part II power-of-sale foreclosure of residential property against an owner-occupant, unless other collateral also secures the debt.":
            "no procede una deficiencia después de una ejecución hipotecaria con cláusula de venta según la Parte II (Part II) sobre una propiedad residencial contra la persona dueña que la ocupa, salvo que la deuda también esté garantizada con otros bienes.",
        "after judicial foreclosure (Part IA) a deficiency is available.":
            "después de una ejecución hipotecaria judicial (Parte IA) procede una deficiencia.",
        "Monthly tiers: 5% of the first $100, 10% of the next $100 and 20% of the rest of disposable income, or the federal cap if it leaves more.":
            "Tramos mensuales: el 5% de los primeros $100, el 10% de los siguientes $100 y el 20% del resto de los ingresos disponibles, o el límite federal si deja más.",
        // IA
        "Was it a voluntary non-judicial foreclosure under Iowa Code 654.18?":
            "¿Fue una ejecución hipotecaria extrajudicial voluntaria según el Iowa Code 654.18?",
        "the voluntary non-judicial procedure requires the lender to waive any deficiency.":
            "el procedimiento extrajudicial voluntario exige que el prestamista renuncie a cualquier deficiencia.",
        "Was it a foreclosure without redemption (Iowa Code 654.20) of your one- or two-family residence, and did you NOT demand a delayed sale?":
            "¿Fue una ejecución hipotecaria sin derecho de redención (Iowa Code 654.20) sobre su residencia de una o dos familias, y usted NO pidió que se aplazara la venta?",
        "in a foreclosure without redemption of the borrower's one- or two-family residence, no deficiency may be entered unless the borrower demanded a delayed sale.":
            "en una ejecución hipotecaria sin derecho de redención sobre la residencia de una o dos familias del prestatario, no se puede dictar una deficiencia salvo que el prestatario haya pedido que se aplazara la venta.",
        "otherwise a deficiency may be entered, subject to the two-year limit on residential judgments.":
            "en los demás casos se puede dictar una deficiencia, sujeta al límite de dos años para las sentencias sobre viviendas.",
        "enforce the foreclosure judgment":
            "hacer cumplir la sentencia de ejecución hipotecaria",
        "a one- or two-family dwelling that is the mortgagor's residence, or agricultural land":
            "una vivienda de una o dos familias que es la residencia del deudor hipotecario, o un terreno agrícola",
        "The judgment becomes void; time stayed by bankruptcy or court order is excluded.":
            "La sentencia queda sin efecto; no se cuenta el tiempo suspendido por una quiebra o por orden judicial.",
        "Consumer-credit judgments: lesser of 25% or the excess over 40× the federal minimum wage, plus an annual cap per creditor by expected earnings.":
            "Sentencias por crédito de consumo: la cantidad menor entre el 25% y lo que exceda de 40 veces el salario mínimo federal, más un límite anual por acreedor según los ingresos previstos.",
        // ID
        "a deficiency may be sought, subject to the value limits.":
            "se puede reclamar una deficiencia, sujeta a los límites de valor.",
        "the judgment cannot exceed the debt minus the fair market value at the sale (trustee's sale) or the reasonable value the court finds (judicial).":
            "la sentencia no puede superar la deuda menos el valor justo de mercado a la fecha de la venta (venta por el fideicomisario) o el valor razonable que determine el tribunal (venta judicial).",
        "Deliver the claim of exemption to the sheriff; the creditor then has 5 business days to object.":
            "Entregue el reclamo de exención al alguacil (sheriff); después, el acreedor tiene 5 días hábiles para presentar una objeción.",
        "deliver the claim to the sheriff":
            "entregar el reclamo al alguacil (sheriff)",
        "Same as federal (25% / 30×).":
            "Igual que la ley federal (25% / 30 veces).",
        // KS
        "Were you served only by publication?":
            "¿Se le notificó a usted solo por edicto (publication)?",
        "a personal deficiency is not available against a borrower served only by publication.":
            "no procede una deficiencia personal contra un prestatario al que solo se notificó por edicto.",
        "the court confirms the sale and may refuse if the bid is substantially inadequate.":
            "el tribunal confirma la venta y puede negarse si la oferta es muy insuficiente.",
        "Request a hearing with the clerk and deliver or mail a copy to the creditor; the hearing is held 7–14 days after the request.":
            "Pida una audiencia al secretario del tribunal (clerk) y entregue o envíe por correo postal una copia al acreedor; la audiencia se celebra entre 7 y 14 días después de la solicitud.",
        "request an exemption hearing":
            "pedir una audiencia de exención",
        "Same as federal; one garnishment per creditor per 30 days.":
            "Igual que la ley federal; un solo embargo por acreedor cada 30 días.",
        // KY
        "Were you only constructively summoned (warning order) and did you NOT appear?":
            "¿Se le citó a usted solo de forma ficta (constructive summons, warning order) y usted NO compareció?",
        "no personal judgment against a borrower who was only constructively summoned and did not appear.":
            "no procede una sentencia personal contra un prestatario al que solo se citó de forma ficta y que no compareció.",
        "a deficiency may be entered in the foreclosure action.":
            "se puede dictar una deficiencia en el juicio de ejecución hipotecaria.",
        "The statute sets no time limit: appear and claim the exemption before the funds are paid out.":
            "La ley no fija un plazo: comparezca y reclame la exención antes de que se entregue el dinero.",
        "AOC-150.2 Affidavit to Challenge Garnishment":
            "Declaración jurada para impugnar el embargo (AOC-150.2 Affidavit to Challenge Garnishment)",
        // LA
        "Was the property sold at the judicial sale without an appraisal (waiver of appraisement)?":
            "¿Se vendió la propiedad en la venta judicial sin avalúo (con renuncia al avalúo)?",
        "a sale without appraisal discharges any unpaid balance as a personal obligation.":
            "una venta sin avalúo extingue cualquier saldo impagado como obligación personal.",
        "with a proper appraisal the creditor may seek the deficiency by converting to an ordinary proceeding or by separate suit.":
            "con un avalúo debido, el acreedor puede reclamar la deficiencia convirtiendo el juicio en un procedimiento ordinario o con una demanda aparte.",
        "Same as federal: 75% of weekly disposable earnings exempt, never less than 30× the federal minimum wage.":
            "Igual que la ley federal: el 75% de los ingresos disponibles semanales está exento, nunca menos de 30 veces el salario mínimo federal.",
        // ME
        "any deficiency is assessed against the mortgagor after the report of sale.":
            "cualquier deficiencia se fija contra el deudor hipotecario después del informe de la venta.",
        "when the mortgagee bought, the deficiency is the debt plus sale expenses minus the fair market value at the sale date, set by an independent appraisal.":
            "cuando compró el acreedor hipotecario, la deficiencia es la deuda más los gastos de la venta menos el valor justo de mercado a la fecha de la venta, fijado por un avalúo independiente.",
        "contest the report of sale by motion":
            "impugnar por moción el informe de la venta",
        "Consumer-credit judgments: lesser of 25% or the excess over 40× the higher of the federal or Maine minimum wage.":
            "Sentencias por crédito de consumo: la cantidad menor entre el 25% y lo que exceda de 40 veces el salario mínimo federal o el de Maine (el que sea mayor).",
        // MS
        "the lender may sue for the deficiency; courts test the bid for reasonableness, and a lender-buyer's price far below value can defeat it.":
            "el prestamista puede demandar por la deficiencia; los tribunales examinan si la oferta fue razonable, y si el prestamista compró a un precio muy inferior al valor, eso puede impedirla.",
        "Four consistent secondary sources; § 15-1-23 text not retrieved.":
            "Cuatro fuentes secundarias coinciden; no se obtuvo el texto del § 15-1-23.",
        "A resident employee's wages are fully exempt for 30 days from service of the writ; after that the federal formula applies.":
            "El salario de un empleado residente está totalmente exento durante 30 días a partir de la entrega de la orden (writ); después se aplica la fórmula federal.",
        // MT
        "no deficiency on a purchase-money mortgage.":
            "no procede una deficiencia por una hipoteca para la compra.",
        "Was the loan secured by a trust indenture under the Small Tract Financing Act (property of 40 acres or less)?":
            "¿Estaba el préstamo garantizado con un fideicomiso (trust indenture) según la Small Tract Financing Act (una propiedad de 40 acres o menos)?",
        "no deficiency on a Small Tract Financing Act trust indenture, even if the lender forecloses judicially.":
            "no procede una deficiencia por un fideicomiso (trust indenture) según la Small Tract Financing Act, aunque el prestamista ejecute la hipoteca por la vía judicial.",
        "other mortgages foreclosed in court may leave a deficiency, but the details are not confirmed.":
            "otras hipotecas ejecutadas ante un tribunal pueden dejar una deficiencia, pero los detalles no están confirmados.",
        "File a claim of exemption with the clerk of the court that issued the writ, with proof.":
            "Presente un reclamo de exención, con pruebas, ante el secretario (clerk) del tribunal que emitió la orden (writ).",
        "A legal-aid site says 10 business days; count conservatively.":
            "Un sitio de asistencia legal indica 10 días hábiles; cuente con prudencia.",
        "Same as federal; exempt earnings stay exempt for 45 days after receipt while traceable.":
            "Igual que la ley federal; los ingresos exentos siguen exentos durante 45 días después de recibirlos mientras se puedan rastrear.",
        // ND
        "Is the property residential (1–4 units) on up to 40 contiguous acres, occupied as your homestead?":
            "¿Es una propiedad residencial (de 1 a 4 unidades) en un terreno de hasta 40 acres contiguos, ocupada como su residencia principal (homestead)?",
        "no deficiency on residential property of one to four units, on up to 40 contiguous acres, occupied by the owner as a homestead.":
            "no procede una deficiencia sobre una propiedad residencial de una a cuatro unidades, en un terreno de hasta 40 acres contiguos, que su dueño ocupa como residencia principal (homestead).",
        "for other property a deficiency may be sought, limited by the value found.":
            "para otras propiedades se puede reclamar una deficiencia, limitada por el valor que se determine.",
        "the deficiency is the debt minus the value set by a court-appointed licensed appraiser (fair market value for agricultural land over 40 acres).":
            "la deficiencia es la deuda menos el valor que fije un tasador con licencia nombrado por el tribunal (el valor justo de mercado para un terreno agrícola de más de 40 acres).",
        "Serve a claim of exemptions; a timely claim blocks execution on the claimed money until the court rules.":
            "Entregue formalmente un reclamo de exenciones; un reclamo presentado a tiempo impide la ejecución sobre el dinero reclamado hasta que el tribunal decida.",
        "Deliver the Challenge to Garnishment form to the court administrator for the court named in the writ, and a copy to the garnishor; the court sets a hearing at once.":
            "Entregue el formulario Challenge to Garnishment (impugnación del embargo) al administrador del tribunal (court administrator) que nombra la orden, y una copia al embargante (garnishor); el tribunal fija una audiencia de inmediato.",
        "deliver the challenge to garnishment": "entregar la impugnación del embargo (Challenge to Garnishment)",
        "Counted from the day a copy of the writ of garnishment is delivered to the debtor.":
            "Se cuenta desde el día en que se entrega al deudor una copia de la orden de embargo.",
        "For an exemption claimed for wages earned from the garnishee employer; counted from the day a copy of the writ is delivered to the debtor.":
            "Para una exención reclamada sobre salarios ganados con el empleador embargado; se cuenta desde el día en que se entrega al deudor una copia de la orden.",
        "Challenge to Garnishment (ORS 18.850)": "Challenge to Garnishment (impugnación del embargo, ORS 18.850)",
        "serve the claim of exemptions":
            "entregar formalmente el reclamo de exenciones",
        "Lesser of 25% or the excess over 40×, less $20 a week for each dependant living with the debtor.":
            "La cantidad menor entre el 25% y lo que exceda de 40 veces, menos $20 por semana por cada dependiente que vive con la persona deudora.",
        // NE
        "the lender may sue; the court must find the fair market value.":
            "el prestamista puede demandar; el tribunal debe determinar el valor justo de mercado.",
        "the judgment cannot exceed the debt plus costs minus the fair market value, nor the debt minus the sale price.":
            "la sentencia no puede superar la deuda más los costos menos el valor justo de mercado, ni la deuda menos el precio de venta.",
        "Does not apply after a judicial foreclosure of a trust deed (Davey).":
            "No se aplica después de una ejecución hipotecaria judicial de una escritura de fideicomiso (trust deed) (Davey).",
        "File a written Request for Hearing with the clerk.":
            "Presente una solicitud de audiencia por escrito (Request for Hearing) ante el secretario del tribunal (clerk).",
        "request a hearing":
            "pedir una audiencia",
        "From a 2012 blog; the statute (likely Neb. Rev. Stat. 25-1011) was not read.":
            "Según un blog de 2012; no se leyó la ley (probablemente Neb. Rev. Stat. 25-1011).",
        "Lesser of 25% or the excess over 30×, or 15% for a head of family.":
            "La cantidad menor entre el 25% y lo que exceda de 30 veces, o el 15% para una persona jefa de familia.",
        // NH
        "the lender may sue, and must show good faith and a fair, reasonable price.":
            "el prestamista puede demandar, y debe demostrar buena fe y un precio justo y razonable.",
        "Weekly wages up to 50× the federal minimum hourly wage are exempt from trustee process.":
            "El salario semanal de hasta 50 veces el salario mínimo federal por hora está exento del embargo en manos de terceros (trustee process).",
        // NM
        "Was the loan made to a low-income household, or does the deed of trust itself bar a deficiency?":
            "¿Se otorgó el préstamo a un hogar de bajos ingresos, o la propia escritura de fideicomiso (deed of trust) prohíbe una deficiencia?",
        "recovery after a trustee's sale is barred for loans to low-income households, and a deed of trust may itself bar it.":
            "no se puede cobrar nada después de una venta por el fideicomisario (trustee's sale) en los préstamos a hogares de bajos ingresos, y la propia escritura de fideicomiso puede prohibirlo.",
        "the lender may sue for the debt (plus prior liens) minus the sale price.":
            "el prestamista puede demandar por la deuda (más los gravámenes anteriores) menos el precio de venta.",
        "a deficiency is normally entered in the judicial foreclosure judgment.":
            "normalmente la deficiencia se dicta en la sentencia de la ejecución hipotecaria judicial.",
        "after a trustee's sale the deficiency is the debt minus the sale price, with no fair-value credit.":
            "después de una venta por el fideicomisario (trustee's sale), la deficiencia es la deuda menos el precio de venta, sin crédito por el valor justo.",
        "If no suit is filed in time, the sale counts as full satisfaction.":
            "Si no se presenta la demanda a tiempo, la venta se considera pago total.",
        "File a Claim of Exemptions on Execution.":
            "Presente un reclamo de exenciones en la ejecución (Claim of Exemptions on Execution).",
        "file the claim of exemptions":
            "presentar el reclamo de exenciones",
        "Form 4-803 Claim of Exemptions on Execution":
            "Formulario 4-803, reclamo de exenciones en la ejecución (Form 4-803 Claim of Exemptions on Execution)",
        "Exempt is the greater of 75% or 40× the highest applicable (federal, state or local) minimum wage; exempt wages stay exempt in a bank account if traceable.":
            "Está exenta la cantidad mayor entre el 75% y 40 veces el salario mínimo aplicable más alto (federal, estatal o local); el salario exento sigue exento en una cuenta bancaria si se puede rastrear.",
        // NV
        "Was the lender a financial institution, and does the loan meet NRS 40.455(3) (owner-occupied single-family purchase-money loan)?":
            "¿Era el prestamista una institución financiera, y cumple el préstamo con la NRS 40.455(3) (préstamo para la compra de una vivienda unifamiliar ocupada por su dueño)?",
        "a financial institution may not obtain a deficiency in the owner-occupied single-family purchase-money cases of NRS 40.455(3).":
            "una institución financiera no puede obtener una deficiencia en los casos de préstamos para la compra de una vivienda unifamiliar ocupada por su dueño previstos en la NRS 40.455(3).",
        "the lender must apply for and prove a deficiency.":
            "el prestamista debe solicitar y probar la deficiencia.",
        "the judgment is limited to the debt minus the greater of the fair market value and the sale price, with interest from the sale; a debt buyer's recovery on a principal residence is capped using the price it paid.":
            "la sentencia se limita a la deuda menos la cantidad mayor entre el valor justo de mercado y el precio de venta, con intereses desde la venta; lo que puede cobrar un comprador de deudas sobre una residencia principal se limita según el precio que pagó.",
        "Up to 2 years when several parcels secure the debt; a junior lienholder must sue within 6 months (40.4639).":
            "Hasta 2 años cuando varias parcelas garantizan la deuda; el titular de un gravamen de menor prioridad debe demandar dentro de los 6 meses (40.4639).",
        // OK
        "Was the home your homestead, and did you give the lender timely notice electing to block a deficiency?":
            "¿Era la vivienda su residencia principal (homestead), y le dio usted al prestamista un aviso a tiempo en el que eligió impedir una deficiencia?",
        "in a power-of-sale foreclosure a homestead owner can, by timely notice, force a judicial foreclosure or let the sale go ahead without a deficiency.":
            "en una ejecución hipotecaria con cláusula de venta (power of sale), la persona dueña de una residencia principal (homestead) puede, con un aviso a tiempo, obligar a una ejecución hipotecaria judicial o dejar que la venta siga adelante sin deficiencia.",
        "the creditor may move for leave to enter a deficiency.":
            "el acreedor puede pedir por moción autorización para que se dicte una deficiencia.",
        "the deficiency terms of the Power of Sale Act (46 O.S. 43) were not retrieved.":
            "no se obtuvieron los términos sobre la deficiencia de la Power of Sale Act (46 O.S. 43).",
        "the court sets the fair and reasonable market value as of the sale date and credits it.":
            "el tribunal fija el valor de mercado justo y razonable a la fecha de la venta y lo acredita.",
        "move for leave to enter a deficiency judgment":
            "pedir por moción autorización para que se dicte una sentencia de deficiencia",
        "Or together with the motion to confirm the sale; a late motion loses the deficiency.":
            "O junto con la moción para confirmar la venta; una moción tardía hace perder la deficiencia.",
        "Federal formula for consumer-credit judgments; a head of family may seek an undue-hardship exemption.":
            "Fórmula federal para las sentencias por crédito de consumo; una persona jefa de familia puede pedir una exención por dificultades económicas graves (undue hardship).",
        // OR
        "no deficiency judgment after a trustee's sale.":
            "no procede una sentencia de deficiencia después de una venta por el fideicomisario (trustee's sale).",
        "Was the loan secured by a residential trust deed?":
            "¿Estaba el préstamo garantizado con una escritura de fideicomiso residencial (residential trust deed)?",
        "no deficiency after judicial foreclosure of a residential trust deed (this also protects same-day, same-lender purchase-money seconds).":
            "no procede una deficiencia después de una ejecución hipotecaria judicial de una escritura de fideicomiso residencial (esto también protege las segundas hipotecas para la compra otorgadas el mismo día por el mismo prestamista).",
        "a commercial judicial foreclosure can include a money award.":
            "una ejecución hipotecaria judicial comercial puede incluir una condena al pago de dinero.",
        // RI
        "the lender may sue for the deficiency.":
            "el prestamista puede demandar por la deficiencia.",
        "No stricter percentage; wages are fully exempt for one year after public relief ends.":
            "No hay un porcentaje más estricto; el salario está totalmente exento durante un año después de que termina la asistencia pública.",
        // SC
        "the deficiency is sought in the foreclosure action.":
            "la deficiencia se reclama en el juicio de ejecución hipotecaria.",
        "on the debtor's timely petition the appraised value is credited, and the judgment is wiped out if the value covers the deficiency; the right cannot be waived for a dwelling or a consumer credit transaction.":
            "si la persona deudora lo pide a tiempo, se acredita el valor del avalúo, y la sentencia queda anulada si ese valor cubre la deficiencia; no se puede renunciar a este derecho en el caso de una vivienda o de una operación de crédito de consumo.",
        "petition the clerk for an appraisal":
            "pedir al secretario del tribunal (clerk) un avalúo",
        "No wage garnishment to collect a debt from a consumer credit transaction.":
            "No se permite el embargo de salario para cobrar una deuda de una operación de crédito de consumo.",
        // SD
        "a deficiency may be sought, subject to proof of value.":
            "se puede reclamar una deficiencia, sujeta a la prueba del valor.",
        "before any deficiency the mortgagee-buyer must prove the true market value; the deficiency is reduced by any gap between that value and the price.":
            "antes de cualquier deficiencia, el acreedor hipotecario que compró debe probar el verdadero valor de mercado; la deficiencia se reduce en la diferencia que haya entre ese valor y el precio.",
        "Lesser of 20% or the excess over 40×, less $25 a week for each dependant living with the debtor.":
            "La cantidad menor entre el 20% y lo que exceda de 40 veces, menos $25 por semana por cada dependiente que vive con la persona deudora.",
        // UT
        "the lender may sue after a trustee's sale, limited by fair market value.":
            "el prestamista puede demandar después de una venta por el fideicomisario (trustee's sale), con el límite del valor justo de mercado.",
        "the judicial-foreclosure rule was not confirmed.":
            "no se confirmó la regla para la ejecución hipotecaria judicial.",
        "recovery is limited to the debt minus the fair market value at the sale date.":
            "lo que se puede cobrar se limita a la deuda menos el valor justo de mercado a la fecha de la venta.",
        "Reply or request a hearing using the court's Notice of Garnishment and Exemptions.":
            "Responda o pida una audiencia con la notificación de embargo y exenciones del tribunal (Notice of Garnishment and Exemptions).",
        "object and request a hearing":
            "presentar una objeción y pedir una audiencia",
        "Notice of Garnishment and Exemptions (1508DCJ)":
            "Notificación de embargo y exenciones (Notice of Garnishment and Exemptions, 1508DCJ)",
        "Same as federal: lesser of 25% or the excess over 30× for each week of the pay period.":
            "Igual que la ley federal: la cantidad menor entre el 25% y lo que exceda de 30 veces por cada semana del período de pago.",
        // VT
        "a deficiency may be sought after the court foreclosure.":
            "se puede reclamar una deficiencia después de la ejecución hipotecaria judicial.",
        "Consumer-credit judgments: exempt is the greater of 85% or 40×; no wage order if the debtor got DCF or DVHA assistance in the 2 months before the hearing.":
            "Sentencias por crédito de consumo: está exenta la cantidad mayor entre el 85% y 40 veces; no hay orden sobre el salario si la persona deudora recibió asistencia del DCF o del DVHA en los 2 meses anteriores a la audiencia.",
        // WV
        "if the debtor raises it, the court finds the fair market value (less surviving liens) and offsets any excess over the sale price; otherwise the sale price is used.":
            "si la persona deudora lo plantea, el tribunal determina el valor justo de mercado (menos los gravámenes que subsisten) y compensa lo que exceda del precio de venta; si no, se usa el precio de venta.",
        "At most 20%, and never reducing weekly take-home pay below 50× the federal minimum wage.":
            "Como máximo el 20%, y nunca de modo que el pago semanal neto quede por debajo de 50 veces el salario mínimo federal.",
        // WY
        "the lender may sue on the note or covenant.":
            "el prestamista puede demandar por el pagaré o por la obligación (covenant).",
        "File a written request for hearing with the clerk; the hearing is held within 5 business days.":
            "Presente una solicitud de audiencia por escrito ante el secretario del tribunal (clerk); la audiencia se celebra dentro de los 5 días hábiles.",
        "Same as federal; exempt earnings stay exempt in a bank account when deposited near the writ.":
            "Igual que la ley federal; los ingresos exentos siguen exentos en una cuenta bancaria cuando se depositan cerca de la fecha de la orden (writ).",
        // Wage rules researched for issue 13.
        "For wages earned from December 5, 2022 (Proposition 209): lesser of 10% or the excess over 60× the minimum wage; the court may cut it to 5% for hardship.":
            "Para salarios ganados desde el 5 de diciembre de 2022 (Proposición 209): la cantidad menor entre el 10% y lo que exceda de 60 veces el salario mínimo; el tribunal puede bajarlo al 5% por dificultades económicas.",
        "Since September 1, 2023: lesser of 20% or 40% of the excess over 48× the state minimum wage (or the local minimum wage where higher).":
            "Desde el 1 de septiembre de 2023: la cantidad menor entre el 20% y el 40% de lo que exceda de 48 veces el salario mínimo estatal (o el salario mínimo local, si es más alto).",
        "A head of family (providing more than half the support of a child or other dependant) keeps all disposable earnings up to $750 a week, and the rest too unless they waived it in a signed separate writing; others get the federal limit.":
            "Un jefe de familia (que aporta más de la mitad del sustento de un hijo u otro dependiente) conserva todos sus ingresos disponibles hasta $750 por semana, y también el resto salvo que haya renunciado a esa protección en un documento aparte firmado; a los demás se les aplica el límite federal.",
        "Lesser of 15% of gross pay or the excess of disposable earnings over 45× the federal or Illinois minimum wage, whichever is greater.":
            "La cantidad menor entre el 15% del pago bruto y lo que los ingresos disponibles excedan de 45 veces el salario mínimo federal o el de Illinois, el que sea mayor.",
        "Exempt is the greater of 85% of gross wages or 50× the federal or Massachusetts minimum wage, whichever is greater, for each week.":
            "Está exenta la cantidad mayor entre el 85% del salario bruto y 50 veces el salario mínimo federal o el de Massachusetts, el que sea mayor, por cada semana.",
        "Lesser of 10% of gross pay, 25% of disposable earnings or the excess over 30× the federal minimum wage; the debtor may object or ask for a reduction at any time.":
            "La cantidad menor entre el 10% del pago bruto, el 25% de los ingresos disponibles y lo que exceda de 30 veces el salario mínimo federal; la persona deudora puede objetar o pedir una reducción en cualquier momento.",
        "Lesser of 18% (25% when gross weekly pay is over $770) or the excess over 50× the federal minimum wage.":
            "La cantidad menor entre el 18% (el 25% si el pago bruto semanal supera $770) y lo que exceda de 50 veces el salario mínimo federal.",
        "An income execution takes at most 10% of gross income; in any week nothing may be withheld unless disposable earnings exceed 30× the greater of the federal or New York minimum hourly wage, and never more than the lesser of 25% of disposable earnings and the excess over that figure.":
            "Una orden de embargo de ingresos (income execution) toma como máximo el 10% del ingreso bruto; en una semana no se puede retener nada salvo que los ingresos disponibles superen 30 veces el salario mínimo por hora federal o el de Nueva York, el que sea mayor, y nunca más que la cantidad menor entre el 25% de los ingresos disponibles y lo que exceda de esa cifra.",
        "Exempt is the greater of 30× the federal minimum wage (60×, 65×, 130× for longer pay periods) or 75% of disposable earnings, the same as federal.":
            "Está exenta la cantidad mayor entre 30 veces el salario mínimo federal (60, 65 o 130 veces para períodos de pago más largos) y el 75% de los ingresos disponibles, igual que la ley federal.",
        "75% of disposable earnings is exempt, and a garnishment may not leave less than a dollar floor: $400 a week ($832 two weeks, $912 half-month) for wages payable July 1, 2026 to June 30, 2027; from July 1, 2027, 30× the Oregon minimum wage.":
            "El 75% de los ingresos disponibles está exento, y un embargo no puede dejar menos de un mínimo en dólares: $400 por semana ($832 por dos semanas, $912 por quincena) para salarios pagaderos del 1 de julio de 2026 al 30 de junio de 2027; desde el 1 de julio de 2027, 30 veces el salario mínimo de Oregón.",
        "Federal formula, less $2.50 a week for each dependent child under 16 living in Tennessee, claimed by a written statement.":
            "La fórmula federal, menos $2.50 por semana por cada hijo dependiente menor de 16 años que vive en Tennessee, reclamado mediante una declaración escrita.",
        "Consumer debt: exempt is the greater of 35× the Washington minimum wage or 80% of disposable earnings; other debts 35× the federal minimum wage or 75%.":
            "Deudas de consumo: está exenta la cantidad mayor entre 35 veces el salario mínimo de Washington y el 80% de los ingresos disponibles; otras deudas, 35 veces el salario mínimo federal o el 75%.",
        // State collection laws (duties beyond the FDCPA).
        "Its prohibited practices (559.72) apply to any person collecting a consumer debt":
            "Sus prácticas prohibidas (559.72) se aplican a cualquier persona que cobre una deuda de consumo",
        "Private right of action (559.77)":
            "Da derecho a demandar (559.77)",
        "A debt collector is anyone collecting, whether for itself or others (537.7102)":
            "Un cobrador de deudas es cualquiera que cobre, para sí o para otros (537.7102)",
        "Prohibits threats, harassment and false statements (537.7103)":
            "Prohíbe amenazas, acoso y declaraciones falsas (537.7103)",
        "At most two calls per debt in any 7 days at home, and two in 30 days elsewhere":
            "Como máximo dos llamadas por deuda cada 7 días al domicilio, y dos cada 30 días a otros lugares",
        "No calls at work after the debtor asks":
            "No se puede llamar al trabajo después de que la persona deudora lo pida",
        "The caller must give the creditor's name and their own":
            "Quien llama debe dar el nombre del acreedor y el suyo",
        "A collector may not claim or threaten to enforce a right it knows does not exist (14-202(8))":
            "Un cobrador no puede reclamar ni amenazar con ejercer un derecho que sabe que no existe (14-202(8))",
        "Collection without a required licence is a violation (14-202(10))":
            "Cobrar sin la licencia exigida es una infracción (14-202(10))",
        "A debt collector is any person collecting from a consumer, except collection agencies, which answer to the Collection Agency Act (58-70) instead":
            "Un cobrador de deudas es cualquier persona que cobre a un consumidor, salvo las agencias de cobro, que se rigen por la Collection Agency Act (58-70)",
        "A principal creditor may not tell the debtor's employer about the debt before a judgment (601(4))":
            "Un acreedor principal no puede informar al empleador de la persona deudora sobre la deuda antes de una sentencia (601(4))",
        "No threat of action the creditor does not usually take (601(7))":
            "No puede amenazar con acciones que el acreedor no suele tomar (601(7))",
        "No claim of a right it knows does not exist (601(8))":
            "No puede reclamar un derecho que sabe que no existe (601(8))",
        "Anyone collecting for a creditor or debt buyer is a debt collector (646.639(1)(h))":
            "Cualquiera que cobre para un acreedor o un comprador de deudas es un cobrador de deudas (646.639(1)(h))",
        "Applies to creditors as well as debt collectors":
            "Se aplica tanto a los acreedores como a los cobradores de deudas",
        "A debt collector is anyone who directly or indirectly collects consumer debts (392.001(6))":
            "Un cobrador de deudas es cualquiera que cobre deudas de consumo, directa o indirectamente (392.001(6))",
        "A third-party debt collector must file a surety bond (392.101)":
            "Un cobrador de deudas externo debe depositar una fianza (392.101)",
        "It may not use threats or coercion, harassment or abuse, unfair or unconscionable means, or fraudulent, deceptive or misleading representations (392.301–392.306)":
            "No puede usar amenazas o coerción, acoso o abuso, medios injustos o abusivos, ni declaraciones fraudulentas, engañosas o que induzcan a error (392.301–392.306)",
        "A merchant collecting its own debt must follow ch. 427":
            "Un comerciante que cobra su propia deuda debe cumplir el cap. 427",
        "Prohibited practices (427.104); damages include emotional distress (427.105)":
            "Prácticas prohibidas (427.104); los daños incluyen la angustia emocional (427.105)",
        "Covers any person collecting claims, including creditors; excludes West Virginia attorneys collecting in their own name":
            "Cubre a cualquier persona que cobre reclamaciones, incluidos los acreedores; excluye a los abogados de West Virginia que cobran en su propio nombre",
        "Applies to creditors collecting their own consumer debts":
            "Se aplica a los acreedores que cobran sus propias deudas de consumo",
        "Incorporates most FDCPA duties (Civ. Code 1788.17)":
            "Incorpora la mayoría de las obligaciones de la FDCPA (Civ. Code 1788.17)",
        "Lesser of 25% or the excess over a weekly floor the statute writes as $217.00 (multiples of $7.25 an hour for other periods); the federal $217.50 floor protects slightly more.":
            "La cantidad menor entre el 25% y lo que exceda de un mínimo semanal que la ley fija en $217.00 (múltiplos de $7.25 por hora para otros períodos); el mínimo federal de $217.50 protege un poco más.",
        "Same as federal (25% / 30×), by secondary sources.":
            "Igual que la ley federal (25% / 30 veces), según fuentes secundarias.",
        "Wages in the employer's hands are exempt from attachment except for divorce, support, board for four weeks or less, residential-lease judgments of a landlord (at most 10% of net wages) and a few other listed debts.":
            "El salario en manos del empleador está exento de embargo salvo por divorcio, manutención, alojamiento y comida de cuatro semanas o menos, sentencias de un arrendador por un contrato de vivienda (como máximo el 10% del salario neto) y algunas otras deudas enumeradas.",
        "File the Claim of Exemption and Request for Hearing with the clerk, and mail or deliver a copy to the plaintiff and the garnishee.":
            "Presente el reclamo de exención y solicitud de audiencia (Claim of Exemption and Request for Hearing) ante el secretario del tribunal (clerk), y envíe por correo o entregue una copia al demandante y al tercero embargado (garnishee).",
        "file the claim of exemption and request for hearing":
            "presentar el reclamo de exención y la solicitud de audiencia",
        "Counted from the day the notice is received; read in a mirror that may predate amendments.":
            "Se cuenta desde el día en que se recibe la notificación; se leyó en una copia que puede ser anterior a reformas.",
        "Claim of Exemption and Request for Hearing (Fla. Stat. § 77.041)":
            "Reclamo de exención y solicitud de audiencia (Claim of Exemption and Request for Hearing, Fla. Stat. § 77.041)",
        "File the Motion to Claim Exempt Property with the clerk of court; exemptions not claimed in time are waived.":
            "Presente la moción para reclamar bienes exentos (Motion to Claim Exempt Property) ante el secretario del tribunal (clerk); las exenciones que no se reclaman a tiempo se pierden.",
        "file the motion to claim exempt property":
            "presentar la moción para reclamar bienes exentos",
        "Notice of Rights to Have Exemptions Designated":
            "Notificación de derechos para designar exenciones (Notice of Rights to Have Exemptions Designated)",
        "Motion to Claim Exempt Property":
            "Moción para reclamar bienes exentos (Motion to Claim Exempt Property)",
        "A creditor may not use abusive, harassing, fraudulent, deceptive or misleading practices (36a-646; Regs. 36a-647-5, -647-6)":
            "Un acreedor no puede usar prácticas abusivas, de acoso, fraudulentas, engañosas o que induzcan a error (36a-646; Regs. 36a-647-5, -647-6)",
        "Actual damages plus up to $1,000 (36a-648)":
            "Daños reales más hasta $1,000 (36a-648)",
        "Covers a creditor holding a claim as well as collectors and debt buyers (2022 amendments)":
            "Cubre al acreedor titular de un crédito, además de a los cobradores y a los compradores de deudas (reformas de 2022)",
        "At most 4 calls per account in any 7 days":
            "Como máximo 4 llamadas por cuenta cada 7 días",
        "Licensed collection agencies and debt buyers must follow its communication and validation rules (205 ILCS 740/9.1-9.3)":
            "Las agencias de cobro con licencia y los compradores de deudas deben cumplir sus reglas de comunicación y validación (205 ILCS 740/9.1-9.3)",
        "Anyone enforcing a consumer-credit obligation, directly or indirectly, is a debt collector (358-C:1, VIII)":
            "Cualquiera que exija, directa o indirectamente, una obligación de crédito de consumo es un cobrador de deudas (358-C:1, VIII)",
        "Licensed collection agencies and debt buyers; a creditor using another name is covered":
            "Agencias de cobro con licencia y compradores de deudas; un acreedor que usa otro nombre queda cubierto",
        "Send a written claim to the clerk of the court and to the person who ordered the levy, giving the reasons the money is exempt.":
            "Envíe un reclamo por escrito al secretario del tribunal (clerk) y a la persona que ordenó el embargo, con las razones por las que el dinero está exento.",
        "mail the written claim of exemption":
            "enviar por correo el reclamo de exención por escrito",
        "Notice to Debtor (N.J. Court Rules Appendix VI)":
            "Notificación al deudor (Notice to Debtor, N.J. Court Rules Appendix VI)",
        "File a motion claiming the exemption with the court clerk's office named in the Notice to Judgment Debtor.":
            "Presente una moción para reclamar la exención en la oficina del secretario del tribunal (clerk) indicada en la notificación al deudor (Notice to Judgment Debtor).",
        "file the motion claiming the exemption":
            "presentar la moción para reclamar la exención",
        "Counted from the day the notice was mailed or given; a timely motion is decided within 14 days of filing.":
            "Se cuenta desde el día en que la notificación se envió por correo o se entregó; una moción presentada a tiempo se decide dentro de los 14 días siguientes a su presentación.",
        "Notice to Judgment Debtor (Tenn. Code § 26-2-404)":
            "Notificación al deudor (Notice to Judgment Debtor, Tenn. Code § 26-2-404)",
        "No telling the debtor's employer or others about the debt without written consent, except to find the debtor (445.252)":
            "No puede informar sobre la deuda al empleador de la persona deudora ni a otros sin su consentimiento por escrito, salvo para localizarla (445.252)",
        "Calls only between 8 a.m. and 9 p.m. unless the debtor agrees in writing":
            "Solo puede llamar entre las 8 a. m. y las 9 p. m., salvo acuerdo por escrito de la persona deudora",
        "Unfair threats, coercion and harassment in collecting a consumer debt are unfair trade practices (CP 104.01, 104.02)":
            "Las amenazas, la coacción y el acoso al cobrar una deuda de consumo son prácticas comerciales desleales (CP 104.01, 104.02)",
        "A creditor may not discuss the debt with anyone outside the debtor's household except credit grantors and credit bureaus":
            "Un acreedor no puede hablar de la deuda con nadie fuera del hogar de la persona deudora, salvo otorgantes de crédito y agencias de informes de crédito",
        "After a written cease request sent by registered or certified mail: at most one mailed notice a month and four personal contacts":
            "Después de una solicitud escrita de cese enviada por correo registrado o certificado: como máximo un aviso por correo al mes y cuatro contactos personales",
        "Collectors must be licensed; a creditor using another name is covered":
            "Los cobradores deben tener licencia; un acreedor que usa otro nombre queda cubierto",
        "Collection agencies must be licensed":
            "Las agencias de cobro deben tener licencia",
    ]
}
