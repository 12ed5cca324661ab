from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'letter.xml.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_std = l_0_own_sections = l_0_cited = l_0_cite_sentence = l_0_stock = l_0_fee_claim = l_0_person_facts = l_0_page_enclosures = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['long_date']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'long_date' found.")
    pass
    parent_template = environment.get_template('foiagen/base.xml.j2', 'letter.xml.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    def macro(l_1_id, l_1_caller):
        t_4 = []
        l_1_r = resolve('r')
        l_1_paras = resolve('paras')
        if l_1_id is missing:
            l_1_id = undefined("parameter 'id' was not provided", name='id')
        pass
        if (l_1_id in environment.getattr((undefined(name='r') if l_1_r is missing else l_1_r), 'builtin')):
            pass
            t_4.append(
                escape(context.call((undefined(name='paras') if l_1_paras is missing else l_1_paras), environment.getitem(environment.getattr((undefined(name='r') if l_1_r is missing else l_1_r), 'builtin'), l_1_id))),
            )
        else:
            pass
            t_4.append(
                escape(context.call(l_1_caller)),
            )
        return concat(t_4)
    context.exported_vars.add('std')
    context.vars['std'] = l_0_std = Macro(environment, macro, 'std', ('id',), False, False, True, context.eval_ctx.autoescape)
    def macro(l_1_place):
        t_5 = []
        l_1_r = resolve('r')
        if l_1_place is missing:
            l_1_place = undefined("parameter 'place' was not provided", name='place')
        pass
        def t_6(fiter):
            for l_2_s in fiter:
                if (environment.getattr(l_2_s, 'after') == l_1_place):
                    yield l_2_s
        for l_2_s in t_6(environment.getattr((undefined(name='r') if l_1_r is missing else l_1_r), 'sections')):
            l_2_section = resolve('section')
            l_2_paras = resolve('paras')
            _loop_vars = {}
            pass
            t_5.extend((
                escape(context.call((undefined(name='section') if l_2_section is missing else l_2_section), environment.getattr(l_2_s, 'title'), 'own', _loop_vars=_loop_vars)),
                '\n',
            ))
            if environment.getattr(l_2_s, 'stock'):
                pass
                t_5.append(
                    escape(context.call((undefined(name='stock') if l_0_stock is missing else l_0_stock), environment.getattr(l_2_s, 'stock'), _loop_vars=_loop_vars)),
                )
            t_5.extend((
                escape(context.call((undefined(name='paras') if l_2_paras is missing else l_2_paras), environment.getattr(l_2_s, 'text'), _loop_vars=_loop_vars)),
                '\n',
            ))
        l_2_s = l_2_section = l_2_paras = missing
        return concat(t_5)
    context.exported_vars.add('own_sections')
    context.vars['own_sections'] = l_0_own_sections = Macro(environment, macro, 'own_sections', ('place',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_meaning, l_1_before):
        t_7 = []
        l_1_cite = resolve('cite')
        l_1_c = missing
        if l_1_meaning is missing:
            l_1_meaning = undefined("parameter 'meaning' was not provided", name='meaning')
        if l_1_before is missing:
            l_1_before = ', '
        pass
        l_1_c = context.call((undefined(name='cite') if l_1_cite is missing else l_1_cite), l_1_meaning)
        if (undefined(name='c') if l_1_c is missing else l_1_c):
            pass
            t_7.extend((
                escape(l_1_before),
                escape((undefined(name='c') if l_1_c is missing else l_1_c)),
            ))
        return concat(t_7)
    context.exported_vars.add('cited')
    context.vars['cited'] = l_0_cited = Macro(environment, macro, 'cited', ('meaning', 'before'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_meaning):
        t_8 = []
        l_1_cite = resolve('cite')
        l_1_c = missing
        if l_1_meaning is missing:
            l_1_meaning = undefined("parameter 'meaning' was not provided", name='meaning')
        pass
        l_1_c = context.call((undefined(name='cite') if l_1_cite is missing else l_1_cite), l_1_meaning)
        if (undefined(name='c') if l_1_c is missing else l_1_c):
            pass
            t_8.extend((
                ' ',
                escape((undefined(name='c') if l_1_c is missing else l_1_c)),
                '.',
            ))
        return concat(t_8)
    context.exported_vars.add('cite_sentence')
    context.vars['cite_sentence'] = l_0_cite_sentence = Macro(environment, macro, 'cite_sentence', ('meaning',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_id):
        t_9 = []
        l_1_v = resolve('v')
        l_1_cite = resolve('cite')
        l_1_c = resolve('c')
        if l_1_id is missing:
            l_1_id = undefined("parameter 'id' was not provided", name='id')
        pass
        if (l_1_id == 'preservation'):
            pass
            t_9.extend((
                '<p>',
                escape(environment.getattr((undefined(name='v') if l_1_v is missing else l_1_v), 'Writer')),
                ' ask',
                escape(('' if (environment.getattr((undefined(name='v') if l_1_v is missing else l_1_v), 'writer') == 'I') else '')),
                ' that every record that may be responsive to this request be preserved, including electronic records, messages and their metadata, until this request and any appeal or litigation about it are finally resolved. Please suspend any routine deletion or destruction that would reach such records.</p>\n',
            ))
        elif (l_1_id == 'processing'):
            pass
            t_9.extend((
                '<p>If any part of this request is unclear or seems too broad, please contact ',
                escape(environment.getattr((undefined(name='v') if l_1_v is missing else l_1_v), 'writer_object')),
                ' before processing it, so that ',
                escape(environment.getattr((undefined(name='v') if l_1_v is missing else l_1_v), 'writer')),
                ' can clarify or narrow it; please do not close the request without doing so. Please process each item as soon as it is ready rather than holding the whole request for its slowest part.</p>\n',
            ))
        elif (l_1_id == 'vaughn'):
            pass
            t_9.extend((
                '<p>If any record or portion of a record is withheld, ',
                escape(environment.getattr((undefined(name='v') if l_1_v is missing else l_1_v), 'writer')),
                ' ask for an index that lists each record withheld in whole or in part, the exemption claimed for it and the reasons the exemption applies',
            ))
            l_1_c = context.call((undefined(name='cite') if l_1_cite is missing else l_1_cite), 'foreseeable_harm')
            if (undefined(name='c') if l_1_c is missing else l_1_c):
                pass
                t_9.extend((
                    ', including the harm to an interest protected by the exemption that the agency reasonably foresees disclosure would cause, ',
                    escape((undefined(name='c') if l_1_c is missing else l_1_c)),
                ))
            t_9.append(
                '.</p>\n',
            )
        elif (l_1_id == 'rolling'):
            pass
            t_9.append(
                '<p>Please release records on a rolling basis as they are processed, rather than waiting until every responsive record has been reviewed.</p>\n',
            )
        elif (l_1_id == 'not_privacy_act'):
            pass
            t_9.append(
                '<p>This request is made under the Freedom of Information Act alone. It is not a request under the Privacy Act of 1974 and should not be processed as one.</p>\n',
            )
        return concat(t_9)
    context.exported_vars.add('stock')
    context.vars['stock'] = l_0_stock = Macro(environment, macro, 'stock', ('id',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_c, l_1_free):
        t_10 = []
        l_1_statute = resolve('statute')
        l_1_rule = resolve('rule')
        l_1_cite = resolve('cite')
        l_1_kind = resolve('kind')
        l_1_has_rule = resolve('has_rule')
        l_1_c3 = resolve('c3')
        l_1_c1 = resolve('c1')
        l_1_w = l_1_dup = l_1_nosearch = l_1_only_duplication = missing
        if l_1_c is missing:
            l_1_c = undefined("parameter 'c' was not provided", name='c')
        if l_1_free is missing:
            l_1_free = undefined("parameter 'free' was not provided", name='free')
        pass
        l_1_w = environment.getattr(l_1_c, 'voice')
        l_1_dup = context.call((undefined(name='statute') if l_1_statute is missing else l_1_statute), 'fees.duplication_only')
        l_1_nosearch = context.call((undefined(name='rule') if l_1_rule is missing else l_1_rule), 'fees.no_search_fees')
        t_11 = []
        pass
        t_11.extend((
            escape(environment.getattr((undefined(name='w') if l_1_w is missing else l_1_w), 'Subject')),
            ' may therefore be charged only reasonable standard charges for document duplication',
        ))
        if (undefined(name='dup') if l_1_dup is missing else l_1_dup):
            pass
            t_11.extend((
                ', ',
                escape((undefined(name='dup') if l_1_dup is missing else l_1_dup)),
            ))
        if (undefined(name='nosearch') if l_1_nosearch is missing else l_1_nosearch):
            pass
            t_11.extend((
                ', and no search fees, ',
                escape((undefined(name='nosearch') if l_1_nosearch is missing else l_1_nosearch)),
            ))
        if l_1_free:
            pass
            t_11.extend((
                '; the first 100 pages of duplication are free, ',
                escape(l_1_free),
            ))
        t_11.append(
            '.',
        )
        l_1_only_duplication = (Markup if context.eval_ctx.autoescape else identity)(concat(t_11))
        if (environment.getattr(l_1_c, 'category') == 'news_media'):
            pass
            t_10.extend((
                '<p>',
                escape(environment.getattr((undefined(name='w') if l_1_w is missing else l_1_w), 'Subject')),
                ' ',
                escape(context.call(environment.getattr((undefined(name='w') if l_1_w is missing else l_1_w), 'verb'), 'be')),
                ' ',
                escape(('representatives' if environment.getattr((undefined(name='w') if l_1_w is missing else l_1_w), 'plural') else 'a representative')),
                ' of the news media',
            ))
            if context.call((undefined(name='cite') if l_1_cite is missing else l_1_cite), 'fees.news_media_definition'):
                pass
                t_10.extend((
                    ' within the meaning of ',
                    escape(context.call((undefined(name='cite') if l_1_cite is missing else l_1_cite), 'fees.news_media_definition')),
                    ',',
                ))
            t_10.extend((
                ' and ',
                escape(context.call(environment.getattr((undefined(name='w') if l_1_w is missing else l_1_w), 'verb'), 'do')),
                ' not seek the records for commercial use. ',
                escape((undefined(name='only_duplication') if l_1_only_duplication is missing else l_1_only_duplication)),
                '</p>\n',
            ))
        elif (environment.getattr(l_1_c, 'category') in ('educational', 'scientific')):
            pass
            l_1_kind = (('an educational institution' if (not environment.getattr((undefined(name='w') if l_1_w is missing else l_1_w), 'plural')) else 'educational institutions') if (environment.getattr(l_1_c, 'category') == 'educational') else ('a noncommercial scientific institution' if (not environment.getattr((undefined(name='w') if l_1_w is missing else l_1_w), 'plural')) else 'noncommercial scientific institutions'))
            t_10.extend((
                '<p>',
                escape(environment.getattr((undefined(name='w') if l_1_w is missing else l_1_w), 'Subject')),
                ' ',
                escape(context.call(environment.getattr((undefined(name='w') if l_1_w is missing else l_1_w), 'verb'), 'be')),
                ' ',
                escape((undefined(name='kind') if l_1_kind is missing else l_1_kind)),
            ))
            if context.call((undefined(name='has_rule') if l_1_has_rule is missing else l_1_has_rule), markup_join(('fees.', environment.getattr(l_1_c, 'category'), '_definition', ))):
                pass
                t_10.extend((
                    ' within the meaning of ',
                    escape(context.call((undefined(name='rule') if l_1_rule is missing else l_1_rule), markup_join(('fees.', environment.getattr(l_1_c, 'category'), '_definition', )))),
                    ',',
                ))
            t_10.extend((
                ' and ',
                escape(context.call(environment.getattr((undefined(name='w') if l_1_w is missing else l_1_w), 'verb'), 'make')),
                ' this request under ',
                escape(('their' if environment.getattr((undefined(name='w') if l_1_w is missing else l_1_w), 'plural') else 'its')),
                ' auspices for ',
                escape(('scholarly' if (environment.getattr(l_1_c, 'category') == 'educational') else 'scientific')),
                ' research, not for commercial use. ',
                escape((undefined(name='only_duplication') if l_1_only_duplication is missing else l_1_only_duplication)),
                '</p>\n',
            ))
        elif (environment.getattr(l_1_c, 'category') == 'other'):
            pass
            l_1_c3 = context.call((undefined(name='statute') if l_1_statute is missing else l_1_statute), 'fees.search_and_duplication')
            t_10.extend((
                '<p>',
                escape(environment.getattr((undefined(name='w') if l_1_w is missing else l_1_w), 'Subject')),
                ' ',
                escape(context.call(environment.getattr((undefined(name='w') if l_1_w is missing else l_1_w), 'verb'), 'do')),
                ' not seek the records for commercial use and may be charged only reasonable standard charges for document search and duplication',
            ))
            if (undefined(name='c3') if l_1_c3 is missing else l_1_c3):
                pass
                t_10.extend((
                    ', ',
                    escape((undefined(name='c3') if l_1_c3 is missing else l_1_c3)),
                ))
            if l_1_free:
                pass
                t_10.extend((
                    '; the first two hours of search time and the first 100 pages of duplication are free, ',
                    escape(l_1_free),
                ))
            t_10.append(
                '.</p>\n',
            )
        elif (environment.getattr(l_1_c, 'category') == 'commercial'):
            pass
            l_1_c1 = context.call((undefined(name='statute') if l_1_statute is missing else l_1_statute), 'fees.commercial_use')
            t_10.extend((
                '<p>',
                escape(environment.getattr((undefined(name='w') if l_1_w is missing else l_1_w), 'Subject')),
                ' ',
                escape(context.call(environment.getattr((undefined(name='w') if l_1_w is missing else l_1_w), 'verb'), 'seek')),
                ' the records for commercial use and may be charged reasonable standard charges for document search, duplication and review',
            ))
            if (undefined(name='c1') if l_1_c1 is missing else l_1_c1):
                pass
                t_10.extend((
                    ', ',
                    escape((undefined(name='c1') if l_1_c1 is missing else l_1_c1)),
                ))
            t_10.append(
                '.</p>\n',
            )
        return concat(t_10)
    context.exported_vars.add('fee_claim')
    context.vars['fee_claim'] = l_0_fee_claim = Macro(environment, macro, 'fee_claim', ('c', 'free'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_p):
        t_12 = []
        l_1_rows = missing
        if l_1_p is missing:
            l_1_p = undefined("parameter 'p' was not provided", name='p')
        pass
        l_1_rows = [('Full name', environment.getattr(l_1_p, 'name')), ('Other names used', t_1(context.eval_ctx, environment.getattr(l_1_p, 'other_names'), '; ')), ('Date of birth', (t_3(environment.getattr(l_1_p, 'date_of_birth')) if environment.getattr(l_1_p, 'date_of_birth') else '')), ('Place of birth', environment.getattr(l_1_p, 'place_of_birth')), ('Country of citizenship', environment.getattr(l_1_p, 'citizenship')), ('Current address', t_1(context.eval_ctx, environment.getattr(l_1_p, 'address'), ', ')), ('A-number', environment.getattr(l_1_p, 'a_number')), (markup_join(('USCIS receipt number', ('s' if (t_2(environment.getattr(l_1_p, 'receipt_numbers')) > 1) else ''), )), t_1(context.eval_ctx, environment.getattr(l_1_p, 'receipt_numbers'), ', ')), ('FBI number', environment.getattr(l_1_p, 'fbi_number')), ('I-94 number', environment.getattr(l_1_p, 'i94_number')), ('Passport number', environment.getattr(l_1_p, 'passport_number')), ('Social Security number', environment.getattr(l_1_p, 'ssn')), ('Entries to the United States', t_1(context.eval_ctx, environment.getattr(l_1_p, 'entries'), '; '))]
        def t_13(fiter):
            for (l_2_label, l_2_value) in fiter:
                if l_2_value:
                    yield (l_2_label, l_2_value)
        for (l_2_label, l_2_value) in t_13((undefined(name='rows') if l_1_rows is missing else l_1_rows)):
            _loop_vars = {}
            pass
            t_12.extend((
                '<item label="•"><p style="plain">',
                escape(l_2_label),
                ': ',
                escape(l_2_value),
                '</p></item>\n',
            ))
        l_2_label = l_2_value = missing
        return concat(t_12)
    context.exported_vars.add('person_facts')
    context.vars['person_facts'] = l_0_person_facts = Macro(environment, macro, 'person_facts', ('p',), False, False, False, context.eval_ctx.autoescape)
    def macro():
        t_14 = []
        l_1_r = resolve('r')
        l_1_p = missing
        pass
        l_1_p = environment.getattr((undefined(name='r') if l_1_r is missing else l_1_r), 'subject_person')
        if ((undefined(name='p') if l_1_p is missing else l_1_p) and environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'first_party')):
            pass
            t_14.extend((
                escape(markup_join(('Declaration of ', environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'name'), ' verifying identity', ))),
                '|',
            ))
        if (((undefined(name='p') if l_1_p is missing else l_1_p) and environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'consent')) and (environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'request_by') != 'subject')):
            pass
            t_14.extend((
                escape(markup_join(('Consent of ', environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'name'), ' to the release of records', ))),
                '|',
            ))
        if (((undefined(name='p') if l_1_p is missing else l_1_p) and environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'proof_of_death')) and (environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'request_by') != 'subject')):
            pass
            t_14.extend((
                escape(markup_join(('Proof of death: ', environment.getattr((undefined(name='p') if l_1_p is missing else l_1_p), 'proof_of_death'), ))),
                '|',
            ))
        return concat(t_14)
    context.exported_vars.add('page_enclosures')
    context.vars['page_enclosures'] = l_0_page_enclosures = Macro(environment, macro, 'page_enclosures', (), False, False, False, context.eval_ctx.autoescape)
    yield from parent_template.root_render_func(context)

def block_body(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield from context.blocks['opening'][0](context)
    yield from context.blocks['components'][0](context)
    yield from context.blocks['subject_person'][0](context)
    yield from context.blocks['purpose'][0](context)
    yield from context.blocks['definitions'][0](context)
    yield from context.blocks['background'][0](context)
    yield from context.blocks['records'][0](context)
    yield from context.blocks['expedite'][0](context)
    yield from context.blocks['fees'][0](context)
    yield from context.blocks['closing'][0](context)

def block_opening(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_std = resolve('std')
    try:
        t_15 = environment.filters['join_words']
    except KeyError:
        @internalcode
        def t_15(*unused):
            raise TemplateRuntimeError("No filter named 'join_words' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_16 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_16(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_17 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_17(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    pass
    def macro():
        t_18 = []
        l_1_v = resolve('v')
        l_1_r = resolve('r')
        l_1_q = resolve('q')
        l_1_named = resolve('named')
        l_1_cited = resolve('cited')
        l_1_rules_named = resolve('rules_named')
        l_1_rule = resolve('rule')
        l_1_named_rules = missing
        pass
        t_18.append(
            '<p>',
        )
        if (environment.getattr((undefined(name='v') if l_1_v is missing else l_1_v), 'kind') == 'individual'):
            pass
            t_18.append(
                'I write',
            )
        elif (environment.getattr((undefined(name='v') if l_1_v is missing else l_1_v), 'kind') == 'counsel'):
            pass
            l_1_q = environment.getitem(environment.getattr((undefined(name='r') if l_1_r is missing else l_1_r), 'requesters'), 0)
            t_18.extend((
                'I write on behalf of my client',
                escape(('s' if (t_2(environment.getattr((undefined(name='q') if l_1_q is missing else l_1_q), 'clients')) > 1) else '')),
                ', ',
                escape(t_15(environment.getattr((undefined(name='q') if l_1_q is missing else l_1_q), 'clients'))),
                ',',
            ))
        elif (environment.getattr((undefined(name='v') if l_1_v is missing else l_1_v), 'kind') == 'organization'):
            pass
            t_18.extend((
                'We write on behalf of ',
                escape(context.call((undefined(name='named') if l_1_named is missing else l_1_named), environment.getitem(environment.getattr((undefined(name='r') if l_1_r is missing else l_1_r), 'requesters'), 0))),
            ))
        elif t_16(context.eval_ctx, t_17(context, environment.getattr((undefined(name='r') if l_1_r is missing else l_1_r), 'requesters'), 'kind', 'ne', 'organization')):
            pass
            t_18.append(
                'We, ',
            )
            l_2_loop = missing
            for l_2_q, l_2_loop in LoopContext(environment.getattr((undefined(name='r') if l_1_r is missing else l_1_r), 'requesters'), undefined):
                _loop_vars = {}
                pass
                t_18.extend((
                    escape(context.call((undefined(name='named') if l_1_named is missing else l_1_named), l_2_q, _loop_vars=_loop_vars)),
                    escape((', ' if ((not environment.getattr(l_2_loop, 'last')) and (t_2(environment.getattr((undefined(name='r') if l_1_r is missing else l_1_r), 'requesters')) > 2)) else '')),
                    escape((' and ' if (environment.getattr(l_2_loop, 'revindex') == 2) else '')),
                ))
            l_2_loop = l_2_q = missing
            t_18.append(
                ' (together, the “Requesters”), write',
            )
        else:
            pass
            t_18.append(
                'We write on behalf of ',
            )
            l_2_loop = missing
            for l_2_q, l_2_loop in LoopContext(environment.getattr((undefined(name='r') if l_1_r is missing else l_1_r), 'requesters'), undefined):
                _loop_vars = {}
                pass
                t_18.extend((
                    escape(context.call((undefined(name='named') if l_1_named is missing else l_1_named), l_2_q, _loop_vars=_loop_vars)),
                    escape((', ' if ((not environment.getattr(l_2_loop, 'last')) and (t_2(environment.getattr((undefined(name='r') if l_1_r is missing else l_1_r), 'requesters')) > 2)) else '')),
                    escape((' and ' if (environment.getattr(l_2_loop, 'revindex') == 2) else '')),
                ))
            l_2_loop = l_2_q = missing
            t_18.append(
                ' (together, the “Requesters”)',
            )
        t_18.append(
            ' to request records from ',
        )
        l_2_loop = missing
        for l_2_a, l_2_loop in LoopContext(environment.getattr((undefined(name='r') if l_1_r is missing else l_1_r), 'agencies'), undefined):
            _loop_vars = {}
            pass
            t_18.extend((
                escape(context.call((undefined(name='named') if l_1_named is missing else l_1_named), l_2_a, _loop_vars=_loop_vars)),
                escape((', ' if ((not environment.getattr(l_2_loop, 'last')) and (t_2(environment.getattr((undefined(name='r') if l_1_r is missing else l_1_r), 'agencies')) > 2)) else '')),
                escape((' and ' if (environment.getattr(l_2_loop, 'revindex') == 2) else '')),
            ))
        l_2_loop = l_2_a = missing
        t_18.extend((
            '. This request is made under the Freedom of Information Act',
            escape(context.call((undefined(name='cited') if l_1_cited is missing else l_1_cited), 'foia')),
        ))
        l_1_named_rules = context.call((undefined(name='rules_named') if l_1_rules_named is missing else l_1_rules_named), 'regulation')
        if (t_2((undefined(name='named_rules') if l_1_named_rules is missing else l_1_named_rules)) > 1):
            pass
            t_18.append(
                ', and the regulations implementing it: ',
            )
            l_2_loop = missing
            for (l_2_name, l_2_c), l_2_loop in LoopContext((undefined(name='named_rules') if l_1_named_rules is missing else l_1_named_rules), undefined):
                _loop_vars = {}
                pass
                t_18.extend((
                    escape(('and ' if environment.getattr(l_2_loop, 'last') else '')),
                    'the ',
                    escape(l_2_name),
                    ', ',
                    escape(l_2_c),
                    escape(('; ' if (not environment.getattr(l_2_loop, 'last')) else '')),
                ))
            l_2_loop = l_2_name = l_2_c = missing
        elif (undefined(name='named_rules') if l_1_named_rules is missing else l_1_named_rules):
            pass
            t_18.extend((
                ', and its implementing regulations, ',
                escape(context.call((undefined(name='rule') if l_1_rule is missing else l_1_rule), 'regulation')),
            ))
        t_18.append(
            '.</p>\n',
        )
        return concat(t_18)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield context.call((undefined(name='std') if l_0_std is missing else l_0_std), 'opening', caller=caller, _block_vars=_block_vars)

def block_components(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_std = resolve('std')
    try:
        t_15 = environment.filters['join_words']
    except KeyError:
        @internalcode
        def t_15(*unused):
            raise TemplateRuntimeError("No filter named 'join_words' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    def macro():
        t_19 = []
        l_1_r = resolve('r')
        l_1_agency_names = resolve('agency_names')
        pass
        if (environment.getattr((undefined(name='r') if l_1_r is missing else l_1_r), 'scope') == 'this_office'):
            pass
            t_19.append(
                '<p>Please process this request within ',
            )
            if environment.getattr((undefined(name='r') if l_1_r is missing else l_1_r), 'components'):
                pass
                l_2_loop = missing
                for l_2_c, l_2_loop in LoopContext(environment.getattr((undefined(name='r') if l_1_r is missing else l_1_r), 'components'), undefined):
                    _loop_vars = {}
                    pass
                    t_19.append(
                        escape(environment.getattr(l_2_c, 'name')),
                    )
                    if environment.getattr(l_2_c, 'abbreviation'):
                        pass
                        t_19.extend((
                            ' (“',
                            escape(environment.getattr(l_2_c, 'abbreviation')),
                            '”)',
                        ))
                    t_19.extend((
                        escape((', ' if ((not environment.getattr(l_2_loop, 'last')) and (t_2(environment.getattr((undefined(name='r') if l_1_r is missing else l_1_r), 'components')) > 2)) else '')),
                        escape((' and ' if (environment.getattr(l_2_loop, 'revindex') == 2) else '')),
                    ))
                l_2_loop = l_2_c = missing
            else:
                pass
                t_19.append(
                    escape(t_15((undefined(name='agency_names') if l_1_agency_names is missing else l_1_agency_names))),
                )
            t_19.append(
                ' only, and do not refer it to any other office or component.</p>\n',
            )
        elif environment.getattr((undefined(name='r') if l_1_r is missing else l_1_r), 'components'):
            pass
            t_19.extend((
                '<p>Please direct this request to every office, component and division of ',
                escape(t_15((undefined(name='agency_names') if l_1_agency_names is missing else l_1_agency_names))),
                ' likely to hold responsive records, including but not limited to ',
            ))
            l_2_loop = missing
            for l_2_c, l_2_loop in LoopContext(environment.getattr((undefined(name='r') if l_1_r is missing else l_1_r), 'components'), undefined):
                _loop_vars = {}
                pass
                t_19.append(
                    escape(environment.getattr(l_2_c, 'name')),
                )
                if environment.getattr(l_2_c, 'abbreviation'):
                    pass
                    t_19.extend((
                        ' (“',
                        escape(environment.getattr(l_2_c, 'abbreviation')),
                        '”)',
                    ))
                t_19.extend((
                    escape((', ' if ((not environment.getattr(l_2_loop, 'last')) and (t_2(environment.getattr((undefined(name='r') if l_1_r is missing else l_1_r), 'components')) > 2)) else '')),
                    escape((' and ' if (environment.getattr(l_2_loop, 'revindex') == 2) else '')),
                ))
            l_2_loop = l_2_c = missing
            t_19.append(
                '.</p>\n',
            )
        return concat(t_19)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield context.call((undefined(name='std') if l_0_std is missing else l_0_std), 'routing', caller=caller, _block_vars=_block_vars)

def block_subject_person(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    l_0_v = resolve('v')
    l_0_own = resolve('own')
    l_0_law = resolve('law')
    l_0_pa = resolve('pa')
    l_0_rule_cites = resolve('rule_cites')
    l_0_c = resolve('c')
    l_0_person_facts = resolve('person_facts')
    l_0_d = resolve('d')
    l_0_p = missing
    pass
    l_0_p = environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'subject_person')
    _block_vars['p'] = l_0_p
    if (undefined(name='p') if l_0_p is missing else l_0_p):
        pass
        l_0_own = ((environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'request_by') == 'subject') and (environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'kind') == 'individual'))
        _block_vars['own'] = l_0_own
        l_0_pa = context.call((undefined(name='law') if l_0_law is missing else l_0_law), 'privacy_act', 'access', _block_vars=_block_vars)
        _block_vars['pa'] = l_0_pa
        yield '<p>'
        if (undefined(name='own') if l_0_own is missing else l_0_own):
            pass
            yield 'The records requested are about me.'
        else:
            pass
            yield 'The records requested are about '
            yield escape(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'name'))
            if ((environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'request_by') == 'representative') and (environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'kind') == 'counsel')):
                pass
                yield ', my client'
            if (environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'request_by') == 'subject'):
                pass
                yield ', who makes this request'
            yield '.'
        if (environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'first_party') and (undefined(name='pa') if l_0_pa is missing else l_0_pa)):
            pass
            yield ' This request is also made under the Privacy Act of 1974, '
            yield escape((undefined(name='pa') if l_0_pa is missing else l_0_pa))
            yield ', for any of them held in a system of records'
            if (environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'request_by') == 'representative'):
                pass
                yield ', on '
                yield escape(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'name'))
                yield '’s behalf'
            yield '.'
        if ((environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'request_by') != 'subject') and environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'consent')):
            pass
            yield ' '
            yield escape(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'name'))
            yield ' consents to their release to '
            yield escape(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'writer_object'))
            yield '; the signed consent is enclosed.'
            l_0_c = (context.call((undefined(name='rule_cites') if l_0_rule_cites is missing else l_0_rule_cites), 'identity.third_party', 'identity.third_party.verification', _block_vars=_block_vars) if (environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'request_by') == 'representative') else context.call((undefined(name='rule_cites') if l_0_rule_cites is missing else l_0_rule_cites), 'identity.third_party', _block_vars=_block_vars))
            _block_vars['c'] = l_0_c
            if (undefined(name='c') if l_0_c is missing else l_0_c):
                pass
                yield ' '
                yield escape((undefined(name='c') if l_0_c is missing else l_0_c))
                yield '.'
        elif ((environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'request_by') != 'subject') and environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'proof_of_death')):
            pass
            yield ' '
            yield escape(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'name'))
            yield ' is deceased; proof of death ('
            yield escape(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'proof_of_death'))
            yield ') is enclosed.'
            l_0_c = context.call((undefined(name='rule_cites') if l_0_rule_cites is missing else l_0_rule_cites), 'identity.third_party', _block_vars=_block_vars)
            _block_vars['c'] = l_0_c
            if (undefined(name='c') if l_0_c is missing else l_0_c):
                pass
                yield ' '
                yield escape((undefined(name='c') if l_0_c is missing else l_0_c))
                yield '.'
        yield '</p>\n<p style="plain" keep="next">'
        if (undefined(name='own') if l_0_own is missing else l_0_own):
            pass
            yield 'To identify the records and verify my identity:'
        else:
            pass
            yield 'To identify the records'
            if environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'first_party'):
                pass
                yield ' and verify '
                yield escape(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'name'))
                yield '’s identity'
            yield ':'
        yield '</p>\n<list level="1">\n'
        yield escape(context.call((undefined(name='person_facts') if l_0_person_facts is missing else l_0_person_facts), (undefined(name='p') if l_0_p is missing else l_0_p), _block_vars=_block_vars))
        yield '\n</list>\n'
        if environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'first_party'):
            pass
            yield '<p>'
            if (undefined(name='own') if l_0_own is missing else l_0_own):
                pass
                yield 'My'
            else:
                pass
                yield escape(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'name'))
                yield '’s'
            yield ' declaration verifying '
            if (undefined(name='own') if l_0_own is missing else l_0_own):
                pass
                yield 'my'
            else:
                pass
                yield 'this'
            yield ' identity, made under penalty of perjury'
            l_0_d = context.call((undefined(name='law') if l_0_law is missing else l_0_law), 'declarations', 'declaration', _block_vars=_block_vars)
            _block_vars['d'] = l_0_d
            if (undefined(name='d') if l_0_d is missing else l_0_d):
                pass
                yield ' under '
                yield escape((undefined(name='d') if l_0_d is missing else l_0_d))
            yield ', is enclosed.'
            l_0_c = (context.call((undefined(name='rule_cites') if l_0_rule_cites is missing else l_0_rule_cites), 'identity.first_party', 'identity.verification', _block_vars=_block_vars) if (environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'request_by') == 'subject') else context.call((undefined(name='rule_cites') if l_0_rule_cites is missing else l_0_rule_cites), 'identity.verification', _block_vars=_block_vars))
            _block_vars['c'] = l_0_c
            if (undefined(name='c') if l_0_c is missing else l_0_c):
                pass
                yield ' '
                yield escape((undefined(name='c') if l_0_c is missing else l_0_c))
                yield '.'
            yield '</p>\n'

def block_purpose(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_paras = resolve('paras')
    l_0_r = resolve('r')
    pass
    yield escape(context.call((undefined(name='paras') if l_0_paras is missing else l_0_paras), environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'purpose'), _block_vars=_block_vars))
    yield '\n'

def block_definitions(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    l_0_own_sections = resolve('own_sections')
    pass
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'definitions'):
        pass
        yield '<p>In this request, the following terms have the meanings given here.</p>\n'
        for l_1_d in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'definitions'):
            l_1_rich = resolve('rich')
            _loop_vars = {}
            pass
            yield '<p style="quote">“'
            yield escape(environment.getattr(l_1_d, 'term'))
            yield '” '
            yield escape(context.call((undefined(name='rich') if l_1_rich is missing else l_1_rich), environment.getattr(l_1_d, 'text'), _loop_vars=_loop_vars))
            yield '</p>\n'
        l_1_d = l_1_rich = missing
    yield escape(context.call((undefined(name='own_sections') if l_0_own_sections is missing else l_0_own_sections), 'opening', _block_vars=_block_vars))
    yield '\n'

def block_background(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    l_0_section = resolve('section')
    l_0_paras = resolve('paras')
    l_0_own_sections = resolve('own_sections')
    pass
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'background'):
        pass
        yield escape(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'Background', 'background', _block_vars=_block_vars))
        yield '\n'
        yield escape(context.call((undefined(name='paras') if l_0_paras is missing else l_0_paras), environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'background'), _block_vars=_block_vars))
        yield '\n'
    yield escape(context.call((undefined(name='own_sections') if l_0_own_sections is missing else l_0_own_sections), 'background', _block_vars=_block_vars))
    yield '\n'

def block_records(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_section = resolve('section')
    l_0_r = resolve('r')
    l_0_rich = resolve('rich')
    l_0_v = resolve('v')
    l_0_date_range = resolve('date_range')
    l_0_paras = resolve('paras')
    l_0_std = resolve('std')
    l_0_own_sections = resolve('own_sections')
    try:
        t_20 = environment.filters['letter_label']
    except KeyError:
        @internalcode
        def t_20(*unused):
            raise TemplateRuntimeError("No filter named 'letter_label' found.")
    pass
    yield escape(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'Records Requested', 'records', _block_vars=_block_vars))
    yield '\n<p style="plain">'
    if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'records'), 'intro'):
        pass
        yield escape(context.call((undefined(name='rich') if l_0_rich is missing else l_0_rich), environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'records'), 'intro'), _block_vars=_block_vars))
    else:
        pass
        yield escape(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'Subject'))
        yield ' '
        yield escape(context.call(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'verb'), 'request', _block_vars=_block_vars))
        yield ' the following records:'
    yield '</p>\n<list level="1">\n'
    l_1_loop = missing
    for l_1_c, l_1_loop in LoopContext(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'records'), 'categories'), undefined):
        _loop_vars = {}
        pass
        yield '<item label="'
        yield escape(environment.getattr(l_1_loop, 'index'))
        yield '."><p style="plain">'
        yield escape(context.call((undefined(name='rich') if l_0_rich is missing else l_0_rich), environment.getattr(l_1_c, 'text'), _loop_vars=_loop_vars))
        if environment.getattr(l_1_c, 'date_range'):
            pass
            yield ' This item covers records '
            yield escape(context.call((undefined(name='date_range') if l_0_date_range is missing else l_0_date_range), environment.getattr(l_1_c, 'date_range'), _loop_vars=_loop_vars))
            yield '.'
        yield '</p>\n'
        if environment.getattr(l_1_c, 'items'):
            pass
            yield '<list level="2">\n'
            l_2_loop = missing
            for l_2_it, l_2_loop in LoopContext(environment.getattr(l_1_c, 'items'), undefined):
                _loop_vars = {}
                pass
                yield '<item label="'
                yield escape(t_20(environment.getattr(l_2_loop, 'index')))
                yield '."><p style="plain">'
                yield escape(context.call((undefined(name='rich') if l_0_rich is missing else l_0_rich), l_2_it, _loop_vars=_loop_vars))
                yield '</p></item>\n'
            l_2_loop = l_2_it = missing
            yield '</list>\n'
        yield escape(context.call((undefined(name='paras') if l_0_paras is missing else l_0_paras), environment.getattr(l_1_c, 'search'), 'plain', 2, _loop_vars=_loop_vars))
        yield '</item>\n'
    l_1_loop = l_1_c = missing
    yield '</list>\n'
    if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'records'), 'date_range'):
        pass
        yield '<p>Unless an item says otherwise, this request covers records '
        yield escape(context.call((undefined(name='date_range') if l_0_date_range is missing else l_0_date_range), environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'records'), 'date_range'), _block_vars=_block_vars))
        yield '.</p>\n'
    if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'records'), 'keywords'):
        pass
        yield '<p>For every item of this request, please search for records containing any of these terms: '
        l_1_loop = missing
        for l_1_k, l_1_loop in LoopContext(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'records'), 'keywords'), undefined):
            _loop_vars = {}
            pass
            yield '“'
            yield escape(l_1_k)
            yield '”'
            yield escape(('; ' if (not environment.getattr(l_1_loop, 'last')) else ''))
        l_1_loop = l_1_k = missing
        yield '.</p>\n'
    if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'records'), 'redaction'):
        pass
        yield escape(context.call((undefined(name='paras') if l_0_paras is missing else l_0_paras), environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'records'), 'redaction'), _block_vars=_block_vars))
        yield '\n'
    if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'records'), 'format'):
        pass
        def macro():
            t_21 = []
            l_1_cite = resolve('cite')
            l_1_c = missing
            pass
            l_1_c = context.call((undefined(name='cite') if l_1_cite is missing else l_1_cite), 'request.format')
            t_21.append(
                '<p>',
            )
            if (undefined(name='c') if l_1_c is missing else l_1_c):
                pass
                t_21.extend((
                    'Under ',
                    escape((undefined(name='c') if l_1_c is missing else l_1_c)),
                    ', an',
                ))
            else:
                pass
                t_21.append(
                    'An',
                )
            t_21.append(
                ' agency must provide records in any form or format requested if they are readily reproducible in that form or format.</p>\n',
            )
            return concat(t_21)
        caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
        yield context.call((undefined(name='std') if l_0_std is missing else l_0_std), 'format', caller=caller, _block_vars=_block_vars)
        yield escape(context.call((undefined(name='paras') if l_0_paras is missing else l_0_paras), environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'records'), 'format'), _block_vars=_block_vars))
        yield '\n'
    yield escape(context.call((undefined(name='own_sections') if l_0_own_sections is missing else l_0_own_sections), 'records', _block_vars=_block_vars))
    yield '\n'

def block_expedite(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    l_0_e = resolve('e')
    l_0_section = resolve('section')
    l_0_v = resolve('v')
    l_0_cited = resolve('cited')
    l_0_namespace = resolve('namespace')
    l_0_sub = resolve('sub')
    l_0_showing = resolve('showing')
    l_0_cite_sentence = resolve('cite_sentence')
    l_0_paras = resolve('paras')
    l_0_cite = resolve('cite')
    l_0_c = resolve('c')
    l_0_rule = resolve('rule')
    l_0_routed = resolve('routed')
    l_0_has_rule = resolve('has_rule')
    l_0_certifier = resolve('certifier')
    l_0_law = resolve('law')
    l_0_form = resolve('form')
    l_0_own_sections = resolve('own_sections')
    try:
        t_20 = environment.filters['letter_label']
    except KeyError:
        @internalcode
        def t_20(*unused):
            raise TemplateRuntimeError("No filter named 'letter_label' found.")
    try:
        t_16 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_16(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_3 = environment.filters['long_date']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'long_date' found.")
    try:
        t_22 = environment.filters['roman']
    except KeyError:
        @internalcode
        def t_22(*unused):
            raise TemplateRuntimeError("No filter named 'roman' found.")
    try:
        t_17 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_17(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_23 = environment.filters['upper']
    except KeyError:
        @internalcode
        def t_23(*unused):
            raise TemplateRuntimeError("No filter named 'upper' found.")
    pass
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'expedite'):
        pass
        l_0_e = environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'expedite')
        _block_vars['e'] = l_0_e
        yield escape(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'Request for Expedited Processing', 'expedite', _block_vars=_block_vars))
        yield '\n<p>'
        yield escape(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'Subject'))
        yield ' '
        yield escape(context.call(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'verb'), 'request', _block_vars=_block_vars))
        yield ' expedited processing'
        yield escape(context.call((undefined(name='cited') if l_0_cited is missing else l_0_cited), 'expedite', ' under ', _block_vars=_block_vars))
        yield '.</p>\n'
        l_0_sub = context.call((undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), n=0, _block_vars=_block_vars)
        _block_vars['sub'] = l_0_sub
        l_0_showing = (environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'dissemination') or t_16(context.eval_ctx, t_17(context, environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'requesters'), 'description')))
        _block_vars['showing'] = l_0_showing
        if ('urgency_to_inform' in environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'grounds')):
            pass
            if (undefined(name='showing') if l_0_showing is missing else l_0_showing):
                pass
                yield '<p>There is a “compelling need” for these records: there is an urgency to inform the public about actual or alleged federal government activity, and the request is made by '
                yield escape(('persons' if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'plural') else 'a person'))
                yield ' primarily engaged in disseminating information.'
                yield escape(context.call((undefined(name='cite_sentence') if l_0_cite_sentence is missing else l_0_cite_sentence), 'expedite.urgency_to_inform', _block_vars=_block_vars))
                yield '</p>\n'
                if not isinstance(l_0_sub, Namespace):
                    raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                l_0_sub['n'] = (environment.getattr((undefined(name='sub') if l_0_sub is missing else l_0_sub), 'n') + 1)
                yield '<h level="2" label="'
                yield escape(t_23(t_20(environment.getattr((undefined(name='sub') if l_0_sub is missing else l_0_sub), 'n'))))
                yield '.">'
                yield escape(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'Subject'))
                yield ' '
                yield escape(context.call(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'verb'), 'be', _block_vars=_block_vars))
                yield ' primarily engaged in disseminating information</h>\n'
                def t_24(fiter):
                    for l_1_q in fiter:
                        if environment.getattr(l_1_q, 'description'):
                            yield l_1_q
                l_1_loop = missing
                for l_1_q, l_1_loop in LoopContext(t_24(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'requesters')), undefined):
                    l_1_many = resolve('many')
                    _loop_vars = {}
                    pass
                    if (undefined(name='many') if l_1_many is missing else l_1_many):
                        pass
                        yield '<p style="subheading">'
                        yield escape(t_22(environment.getattr(l_1_loop, 'index'), False))
                        yield '. '
                        yield escape((environment.getattr(l_1_q, 'heading') or environment.getattr(l_1_q, 'display_name')))
                        yield '</p>\n'
                    yield escape(context.call((undefined(name='paras') if l_0_paras is missing else l_0_paras), environment.getattr(l_1_q, 'description'), _loop_vars=_loop_vars))
                    yield '\n'
                l_1_loop = l_1_q = l_1_many = missing
                yield escape(context.call((undefined(name='paras') if l_0_paras is missing else l_0_paras), environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'dissemination'), _block_vars=_block_vars))
                yield '\n'
            if not isinstance(l_0_sub, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_0_sub['n'] = (environment.getattr((undefined(name='sub') if l_0_sub is missing else l_0_sub), 'n') + 1)
            yield '<h level="2" label="'
            yield escape(t_23(t_20(environment.getattr((undefined(name='sub') if l_0_sub is missing else l_0_sub), 'n'))))
            yield '.">There is an urgency to inform the public about actual or alleged federal government activity</h>\n'
            yield escape(context.call((undefined(name='paras') if l_0_paras is missing else l_0_paras), environment.getitem(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'grounds'), 'urgency_to_inform'), _block_vars=_block_vars))
            yield '\n'
        if ('imminent_threat' in environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'grounds')):
            pass
            if not isinstance(l_0_sub, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_0_sub['n'] = (environment.getattr((undefined(name='sub') if l_0_sub is missing else l_0_sub), 'n') + 1)
            yield '<h level="2" label="'
            yield escape(t_23(t_20(environment.getattr((undefined(name='sub') if l_0_sub is missing else l_0_sub), 'n'))))
            yield '.">Failure to obtain the records quickly could reasonably be expected to pose an imminent threat to the life or physical safety of an individual</h>\n'
            l_0_c = context.call((undefined(name='cite') if l_0_cite is missing else l_0_cite), 'expedite.imminent_threat', _block_vars=_block_vars)
            _block_vars['c'] = l_0_c
            if (undefined(name='c') if l_0_c is missing else l_0_c):
                pass
                yield '<p>This is a “compelling need” under '
                yield escape((undefined(name='c') if l_0_c is missing else l_0_c))
                yield '.</p>\n'
            yield escape(context.call((undefined(name='paras') if l_0_paras is missing else l_0_paras), environment.getitem(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'grounds'), 'imminent_threat'), _block_vars=_block_vars))
            yield '\n'
        if ('due_process' in environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'grounds')):
            pass
            if not isinstance(l_0_sub, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_0_sub['n'] = (environment.getattr((undefined(name='sub') if l_0_sub is missing else l_0_sub), 'n') + 1)
            yield '<h level="2" label="'
            yield escape(t_23(t_20(environment.getattr((undefined(name='sub') if l_0_sub is missing else l_0_sub), 'n'))))
            yield '.">The request involves the loss of substantial due process rights</h>\n<p>Expedited processing is warranted on this ground under the agency’s regulation, '
            yield escape(context.call((undefined(name='rule') if l_0_rule is missing else l_0_rule), 'expedite.due_process', _block_vars=_block_vars))
            yield '.</p>\n'
            yield escape(context.call((undefined(name='paras') if l_0_paras is missing else l_0_paras), environment.getitem(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'grounds'), 'due_process'), _block_vars=_block_vars))
            yield '\n'
        if ('media_interest' in environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'grounds')):
            pass
            if not isinstance(l_0_sub, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_0_sub['n'] = (environment.getattr((undefined(name='sub') if l_0_sub is missing else l_0_sub), 'n') + 1)
            yield '<h level="2" label="'
            yield escape(t_23(t_20(environment.getattr((undefined(name='sub') if l_0_sub is missing else l_0_sub), 'n'))))
            yield '.">The request concerns a matter of widespread and exceptional media interest raising possible questions about the government’s integrity</h>\n<p>Expedited processing is warranted on this ground under the agency’s regulation, '
            yield escape(context.call((undefined(name='rule') if l_0_rule is missing else l_0_rule), 'expedite.media_interest', _block_vars=_block_vars))
            yield '.</p>\n'
            l_0_routed = t_16(context.eval_ctx, t_17(context, environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'agencies'), 'id', 'in', ['dhs-privacy', 'doj-opa']))
            _block_vars['routed'] = l_0_routed
            if ((undefined(name='routed') if l_0_routed is missing else l_0_routed) and context.call((undefined(name='has_rule') if l_0_has_rule is missing else l_0_has_rule), 'expedite.media_interest.routing', _block_vars=_block_vars)):
                pass
                yield '<p>As '
                yield escape(context.call((undefined(name='rule') if l_0_rule is missing else l_0_rule), 'expedite.media_interest.routing', _block_vars=_block_vars))
                yield ' requires for this ground, this request is addressed to the office that decides it: '
                l_1_loop = missing
                for l_1_a, l_1_loop in LoopContext((undefined(name='routed') if l_0_routed is missing else l_0_routed), undefined):
                    _loop_vars = {}
                    pass
                    if environment.getattr(l_1_a, 'office'):
                        pass
                        yield 'the '
                        yield escape(environment.getitem(context.call(environment.getattr(environment.getitem(environment.getattr(l_1_a, 'office'), 0), 'split'), ',', _loop_vars=_loop_vars), 0))
                        yield ' of '
                    yield escape(environment.getattr(l_1_a, 'the_name'))
                    yield escape((' and ' if (not environment.getattr(l_1_loop, 'last')) else ''))
                l_1_loop = l_1_a = missing
                yield '.</p>\n'
            yield escape(context.call((undefined(name='paras') if l_0_paras is missing else l_0_paras), environment.getitem(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'grounds'), 'media_interest'), _block_vars=_block_vars))
            yield '\n'
        l_0_certifier = (environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'certified_by') or environment.getattr(environment.getitem(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'signatories'), 0), 'name'))
        _block_vars['certifier'] = l_0_certifier
        yield '<p style="certification">I, '
        yield escape((undefined(name='certifier') if l_0_certifier is missing else l_0_certifier))
        yield ', certify that the statements made in support of this request for expedited processing are true and correct to the best of my knowledge and belief.'
        yield escape(context.call((undefined(name='cite_sentence') if l_0_cite_sentence is missing else l_0_cite_sentence), 'expedite.certification', _block_vars=_block_vars))
        yield '</p>\n'
        if environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'declaration'):
            pass
            l_0_form = context.call((undefined(name='law') if l_0_law is missing else l_0_law), 'declarations', ('declaration.outside_us' if (environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'declaration') == 'outside') else 'declaration.inside_us'), _block_vars=_block_vars)
            _block_vars['form'] = l_0_form
            yield '<p style="certification">'
            if (undefined(name='form') if l_0_form is missing else l_0_form):
                pass
                yield 'I also make this statement as a declaration under '
                yield escape((undefined(name='form') if l_0_form is missing else l_0_form))
                yield ': '
            yield 'I declare under penalty of perjury'
            if (environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'declaration') == 'outside'):
                pass
                yield ' under the laws of the United States of America'
            yield ' that the foregoing is true and correct. Executed on '
            yield escape(t_3(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'date')))
            yield '.</p>\n<p style="plain">______________________________<br/>'
            yield escape((undefined(name='certifier') if l_0_certifier is missing else l_0_certifier))
            yield '</p>\n'
    yield escape(context.call((undefined(name='own_sections') if l_0_own_sections is missing else l_0_own_sections), 'expedite', _block_vars=_block_vars))
    yield '\n'

def block_fees(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    l_0_f = resolve('f')
    l_0_section = resolve('section')
    l_0_namespace = resolve('namespace')
    l_0_fsub = resolve('fsub')
    l_0_w = resolve('w')
    l_0_v = resolve('v')
    l_0_cite_sentence = resolve('cite_sentence')
    l_0_has_ci = resolve('has_ci')
    l_0_has_rule = resolve('has_rule')
    l_0_rule = resolve('rule')
    l_0_paras = resolve('paras')
    l_0_factor_titles = resolve('factor_titles')
    l_0_cite = resolve('cite')
    l_0_free = resolve('free')
    l_0_fee_claims = resolve('fee_claims')
    l_0_cited = resolve('cited')
    l_0_statute = resolve('statute')
    l_0_definition = resolve('definition')
    l_0_c3 = resolve('c3')
    l_0_own_sections = resolve('own_sections')
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_20 = environment.filters['letter_label']
    except KeyError:
        @internalcode
        def t_20(*unused):
            raise TemplateRuntimeError("No filter named 'letter_label' found.")
    try:
        t_22 = environment.filters['roman']
    except KeyError:
        @internalcode
        def t_22(*unused):
            raise TemplateRuntimeError("No filter named 'roman' found.")
    try:
        t_23 = environment.filters['upper']
    except KeyError:
        @internalcode
        def t_23(*unused):
            raise TemplateRuntimeError("No filter named 'upper' found.")
    pass
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'fees'):
        pass
        l_0_f = environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'fees')
        _block_vars['f'] = l_0_f
        yield escape(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'Fees', 'fees', _block_vars=_block_vars))
        yield '\n'
        l_0_fsub = context.call((undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), n=0, _block_vars=_block_vars)
        _block_vars['fsub'] = l_0_fsub
        if environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'waiver'):
            pass
            l_0_w = environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'waiver')
            _block_vars['w'] = l_0_w
            if not isinstance(l_0_fsub, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_0_fsub['n'] = (environment.getattr((undefined(name='fsub') if l_0_fsub is missing else l_0_fsub), 'n') + 1)
            yield '<h level="2" label="'
            yield escape(t_23(t_20(environment.getattr((undefined(name='fsub') if l_0_fsub is missing else l_0_fsub), 'n'))))
            yield '.">Request for a fee waiver</h>\n<p>'
            yield escape(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'Subject'))
            yield ' '
            yield escape(context.call(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'verb'), 'request', _block_vars=_block_vars))
            yield ' a waiver of all fees. Disclosure of the requested records is in the public interest because it is likely to contribute significantly to public understanding of the operations or activities of the government, and it is not primarily in '
            yield escape(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'owner'))
            yield ' commercial interest.'
            yield escape(context.call((undefined(name='cite_sentence') if l_0_cite_sentence is missing else l_0_cite_sentence), 'fees.waiver', _block_vars=_block_vars))
            yield '</p>\n'
            l_0_has_ci = (environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'commercial_interest') or environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'commercial_factors'))
            _block_vars['has_ci'] = l_0_has_ci
            yield '<p style="subheading">'
            if (undefined(name='has_ci') if l_0_has_ci is missing else l_0_has_ci):
                pass
                yield '1. '
            yield 'Disclosure is in the public interest'
            if context.call((undefined(name='has_rule') if l_0_has_rule is missing else l_0_has_rule), 'fees.waiver.public_interest_factors', _block_vars=_block_vars):
                pass
                yield ' ('
                yield escape(context.call((undefined(name='rule') if l_0_rule is missing else l_0_rule), 'fees.waiver.public_interest_factors', _block_vars=_block_vars))
                yield ')'
            yield '</p>\n'
            yield escape(context.call((undefined(name='paras') if l_0_paras is missing else l_0_paras), environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'public_interest'), _block_vars=_block_vars))
            yield '\n'
            l_0_factor_titles = {'operations': 'The request concerns identifiable operations or activities of the federal government.', 'informative': 'Disclosure is likely to be meaningfully informative about those operations or activities.', 'audience': 'Disclosure will contribute to the understanding of a reasonably broad audience of persons interested in the subject.', 'significance': 'Disclosure will enhance the public’s understanding of the subject to a significant extent.', 'interest': markup_join((environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'Subject'), ' ', context.call(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'verb'), 'have', _block_vars=_block_vars), ' no commercial interest that disclosure would further.', )), 'primary': 'The public interest is greater than any commercial interest in disclosure.'}
            _block_vars['factor_titles'] = l_0_factor_titles
            def t_25(fiter):
                for l_1_key in fiter:
                    if (l_1_key in environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'public_interest_factors')):
                        yield l_1_key
            l_1_loop = missing
            for l_1_key, l_1_loop in LoopContext(t_25(['operations', 'informative', 'audience', 'significance']), undefined):
                _loop_vars = {}
                pass
                yield '<p style="plain"><i>'
                yield escape(t_22(environment.getattr(l_1_loop, 'index'), False))
                yield '. '
                yield escape(environment.getitem((undefined(name='factor_titles') if l_0_factor_titles is missing else l_0_factor_titles), l_1_key))
                yield '</i>'
                if context.call((undefined(name='has_rule') if l_0_has_rule is missing else l_0_has_rule), markup_join(('fees.waiver.factor.', l_1_key, )), _loop_vars=_loop_vars):
                    pass
                    yield ' '
                    yield escape(context.call((undefined(name='rule') if l_0_rule is missing else l_0_rule), markup_join(('fees.waiver.factor.', l_1_key, )), _loop_vars=_loop_vars))
                    yield '.'
                yield '</p>\n'
                yield escape(context.call((undefined(name='paras') if l_0_paras is missing else l_0_paras), environment.getitem(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'public_interest_factors'), l_1_key), _loop_vars=_loop_vars))
                yield '\n'
            l_1_loop = l_1_key = missing
            if (undefined(name='has_ci') if l_0_has_ci is missing else l_0_has_ci):
                pass
                yield '<p style="subheading">2. Disclosure is not primarily in '
                yield escape(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'owner'))
                yield ' commercial interest'
                if context.call((undefined(name='has_rule') if l_0_has_rule is missing else l_0_has_rule), 'fees.waiver.commercial_interest', _block_vars=_block_vars):
                    pass
                    yield ' ('
                    yield escape(context.call((undefined(name='rule') if l_0_rule is missing else l_0_rule), 'fees.waiver.commercial_interest', _block_vars=_block_vars))
                    yield ')'
                yield '</p>\n'
                yield escape(context.call((undefined(name='paras') if l_0_paras is missing else l_0_paras), environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'commercial_interest'), _block_vars=_block_vars))
                yield '\n'
                def t_26(fiter):
                    for l_1_key in fiter:
                        if (l_1_key in environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'commercial_factors')):
                            yield l_1_key
                l_1_loop = missing
                for l_1_key, l_1_loop in LoopContext(t_26(['interest', 'primary']), undefined):
                    _loop_vars = {}
                    pass
                    yield '<p style="plain"><i>'
                    yield escape(t_22(environment.getattr(l_1_loop, 'index'), False))
                    yield '. '
                    yield escape(environment.getitem((undefined(name='factor_titles') if l_0_factor_titles is missing else l_0_factor_titles), l_1_key))
                    yield '</i>'
                    if context.call((undefined(name='has_rule') if l_0_has_rule is missing else l_0_has_rule), markup_join(('fees.waiver.factor.', l_1_key, )), _loop_vars=_loop_vars):
                        pass
                        yield ' '
                        yield escape(context.call((undefined(name='rule') if l_0_rule is missing else l_0_rule), markup_join(('fees.waiver.factor.', l_1_key, )), _loop_vars=_loop_vars))
                        yield '.'
                    yield '</p>\n'
                    yield escape(context.call((undefined(name='paras') if l_0_paras is missing else l_0_paras), environment.getitem(environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'commercial_factors'), l_1_key), _loop_vars=_loop_vars))
                    yield '\n'
                l_1_loop = l_1_key = missing
        l_0_free = context.call((undefined(name='cite') if l_0_cite is missing else l_0_cite), 'fees.free_pages', _block_vars=_block_vars)
        _block_vars['free'] = l_0_free
        if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'fees_per_requester'):
            pass
            if not isinstance(l_0_fsub, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_0_fsub['n'] = (environment.getattr((undefined(name='fsub') if l_0_fsub is missing else l_0_fsub), 'n') + 1)
            yield '<h level="2" label="'
            yield escape(t_23(t_20(environment.getattr((undefined(name='fsub') if l_0_fsub is missing else l_0_fsub), 'n'))))
            yield '.">Fee categor'
            yield escape(('ies' if (t_2((undefined(name='fee_claims') if l_0_fee_claims is missing else l_0_fee_claims)) > 1) else 'y'))
            yield '</h>\n'
            l_1_loop = missing
            for l_1_c, l_1_loop in LoopContext((undefined(name='fee_claims') if l_0_fee_claims is missing else l_0_fee_claims), undefined):
                l_1_fee_claim = resolve('fee_claim')
                _loop_vars = {}
                pass
                if (t_2((undefined(name='fee_claims') if l_0_fee_claims is missing else l_0_fee_claims)) > 1):
                    pass
                    yield '<p style="subheading">'
                    yield escape(environment.getattr(l_1_loop, 'index'))
                    yield '. '
                    yield escape(environment.getattr(l_1_c, 'label'))
                    yield '</p>\n'
                yield escape(context.call((undefined(name='fee_claim') if l_1_fee_claim is missing else l_1_fee_claim), l_1_c, (undefined(name='free') if l_0_free is missing else l_0_free), _loop_vars=_loop_vars))
                yield '\n'
                yield escape(context.call((undefined(name='paras') if l_0_paras is missing else l_0_paras), environment.getattr(l_1_c, 'showing'), _loop_vars=_loop_vars))
                yield '\n'
            l_1_loop = l_1_c = l_1_fee_claim = missing
        elif (environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'category') == 'news_media'):
            pass
            if not isinstance(l_0_fsub, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_0_fsub['n'] = (environment.getattr((undefined(name='fsub') if l_0_fsub is missing else l_0_fsub), 'n') + 1)
            yield '<h level="2" label="'
            yield escape(t_23(t_20(environment.getattr((undefined(name='fsub') if l_0_fsub is missing else l_0_fsub), 'n'))))
            yield '.">'
            yield escape(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'Subject'))
            yield ' '
            yield escape(('are representatives' if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'plural') else markup_join((context.call(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'verb'), 'be', _block_vars=_block_vars), ' a representative', ))))
            yield ' of the news media</h>\n<p>'
            yield escape(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'Subject'))
            yield ' '
            yield escape(context.call(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'verb'), 'qualify', _block_vars=_block_vars))
            yield ' as '
            yield escape(('representatives' if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'plural') else 'a representative'))
            yield ' of the news media'
            yield escape(context.call((undefined(name='cited') if l_0_cited is missing else l_0_cited), 'fees.news_media_definition', ' within the meaning of ', _block_vars=_block_vars))
            yield ', and the records are not sought for commercial use. '
            yield escape(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'Subject'))
            yield ' may therefore be charged only reasonable standard charges for document duplication'
            if context.call((undefined(name='statute') if l_0_statute is missing else l_0_statute), 'fees.duplication_only', _block_vars=_block_vars):
                pass
                yield ', '
                yield escape(context.call((undefined(name='statute') if l_0_statute is missing else l_0_statute), 'fees.duplication_only', _block_vars=_block_vars))
            if context.call((undefined(name='has_rule') if l_0_has_rule is missing else l_0_has_rule), 'fees.no_search_fees', _block_vars=_block_vars):
                pass
                yield ', and no search fees, '
                yield escape(context.call((undefined(name='rule') if l_0_rule is missing else l_0_rule), 'fees.no_search_fees', _block_vars=_block_vars))
            if (undefined(name='free') if l_0_free is missing else l_0_free):
                pass
                yield '; the first 100 pages of duplication are free, '
                yield escape((undefined(name='free') if l_0_free is missing else l_0_free))
            yield '.</p>\n'
            yield escape(context.call((undefined(name='paras') if l_0_paras is missing else l_0_paras), environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'news_media'), _block_vars=_block_vars))
            yield '\n'
        elif (environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'category') in ('educational', 'scientific')):
            pass
            if not isinstance(l_0_fsub, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_0_fsub['n'] = (environment.getattr((undefined(name='fsub') if l_0_fsub is missing else l_0_fsub), 'n') + 1)
            yield '<h level="2" label="'
            yield escape(t_23(t_20(environment.getattr((undefined(name='fsub') if l_0_fsub is missing else l_0_fsub), 'n'))))
            yield '.">Fee category</h>\n'
            l_0_definition = markup_join(('fees.', environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'category'), '_definition', ))
            _block_vars['definition'] = l_0_definition
            yield '<p>'
            yield escape(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'Subject'))
            yield ' '
            yield escape(context.call(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'verb'), 'request', _block_vars=_block_vars))
            yield ' records as '
            yield escape(('an educational institution' if (environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'category') == 'educational') else 'a noncommercial scientific institution'))
            if context.call((undefined(name='has_rule') if l_0_has_rule is missing else l_0_has_rule), (undefined(name='definition') if l_0_definition is missing else l_0_definition), _block_vars=_block_vars):
                pass
                yield ' within the meaning of '
                yield escape(context.call((undefined(name='rule') if l_0_rule is missing else l_0_rule), (undefined(name='definition') if l_0_definition is missing else l_0_definition), _block_vars=_block_vars))
            yield ', for '
            yield escape(('scholarly' if (environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'category') == 'educational') else 'scientific'))
            yield ' research and not for commercial use, and may therefore be charged only reasonable standard charges for document duplication'
            if context.call((undefined(name='statute') if l_0_statute is missing else l_0_statute), 'fees.duplication_only', _block_vars=_block_vars):
                pass
                yield ', '
                yield escape(context.call((undefined(name='statute') if l_0_statute is missing else l_0_statute), 'fees.duplication_only', _block_vars=_block_vars))
            if context.call((undefined(name='has_rule') if l_0_has_rule is missing else l_0_has_rule), 'fees.no_search_fees', _block_vars=_block_vars):
                pass
                yield ', and no search fees, '
                yield escape(context.call((undefined(name='rule') if l_0_rule is missing else l_0_rule), 'fees.no_search_fees', _block_vars=_block_vars))
            if (undefined(name='free') if l_0_free is missing else l_0_free):
                pass
                yield '; the first 100 pages of duplication are free, '
                yield escape((undefined(name='free') if l_0_free is missing else l_0_free))
            yield '.</p>\n'
            yield escape(context.call((undefined(name='paras') if l_0_paras is missing else l_0_paras), environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'institution'), _block_vars=_block_vars))
            yield '\n'
        elif (environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'category') == 'other'):
            pass
            if not isinstance(l_0_fsub, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_0_fsub['n'] = (environment.getattr((undefined(name='fsub') if l_0_fsub is missing else l_0_fsub), 'n') + 1)
            yield '<h level="2" label="'
            yield escape(t_23(t_20(environment.getattr((undefined(name='fsub') if l_0_fsub is missing else l_0_fsub), 'n'))))
            yield '.">Fee category</h>\n'
            l_0_c3 = context.call((undefined(name='statute') if l_0_statute is missing else l_0_statute), 'fees.search_and_duplication', _block_vars=_block_vars)
            _block_vars['c3'] = l_0_c3
            yield '<p>The records are not sought for commercial use, and '
            yield escape(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'subject'))
            yield ' may be charged only reasonable standard charges for document search and duplication'
            if (undefined(name='c3') if l_0_c3 is missing else l_0_c3):
                pass
                yield ', '
                yield escape((undefined(name='c3') if l_0_c3 is missing else l_0_c3))
            if (undefined(name='free') if l_0_free is missing else l_0_free):
                pass
                yield '; the first two hours of search time and the first 100 pages of duplication are free, '
                yield escape((undefined(name='free') if l_0_free is missing else l_0_free))
            yield '.</p>\n'
        if (environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'stance') == 'up_to'):
            pass
            yield '<p>If '
            if environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'waiver'):
                pass
                yield 'the fee waiver is not granted'
            else:
                pass
                yield 'fees are charged'
            yield ', '
            yield escape(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'subject'))
            yield ' '
            yield escape(context.call(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'verb'), 'agree', _block_vars=_block_vars))
            yield ' to pay fees of up to $'
            yield escape(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'max_amount'))
            yield '; please tell '
            yield escape(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'writer_object'))
            yield ' before incurring any greater fees.</p>\n'
        elif (environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'stance') == 'notify'):
            pass
            yield '<p>'
            if environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'waiver'):
                pass
                yield 'If the fee waiver is not granted, please'
            else:
                pass
                yield 'Please'
            yield ' notify '
            yield escape(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'writer_object'))
            yield ' of the estimated fees before incurring any charges.</p>\n'
        elif (environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'stance') == 'none'):
            pass
            yield '<p>'
            yield escape(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'Subject'))
            yield ' '
            yield escape(context.call(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'verb'), 'do', _block_vars=_block_vars))
            yield ' not agree to pay fees'
            if environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'waiver'):
                pass
                yield ' if the fee waiver is not granted'
            yield '. Please notify '
            yield escape(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'writer_object'))
            yield ' before incurring any charges, so that the request can be narrowed.</p>\n'
    yield escape(context.call((undefined(name='own_sections') if l_0_own_sections is missing else l_0_own_sections), 'fees', _block_vars=_block_vars))
    yield '\n'

def block_closing(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    l_0_section = resolve('section')
    l_0_paras = resolve('paras')
    l_0_own_sections = resolve('own_sections')
    pass
    if (('conclusion' not in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'builtin')) or environment.getitem(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'builtin'), 'conclusion')):
        pass
        yield escape(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'Conclusion', 'conclusion', _block_vars=_block_vars))
        yield '\n'
    if context.call(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'builtin'), 'get'), 'conclusion', _block_vars=_block_vars):
        pass
        yield escape(context.call((undefined(name='paras') if l_0_paras is missing else l_0_paras), environment.getitem(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'builtin'), 'conclusion'), _block_vars=_block_vars))
        yield '\n'
        yield escape(context.call((undefined(name='paras') if l_0_paras is missing else l_0_paras), environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'closing'), 'paragraphs'), _block_vars=_block_vars))
        yield '\n'
    else:
        pass
        yield from context.blocks['expedite_decision'][0](context)
        yield from context.blocks['segregability'][0](context)
        yield escape(context.call((undefined(name='paras') if l_0_paras is missing else l_0_paras), environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'closing'), 'paragraphs'), _block_vars=_block_vars))
        yield '\n'
        yield from context.blocks['contact'][0](context)
        yield from context.blocks['delivery_of_records'][0](context)
        yield from context.blocks['thanks'][0](context)
    yield escape(context.call((undefined(name='own_sections') if l_0_own_sections is missing else l_0_own_sections), 'conclusion', _block_vars=_block_vars))
    yield '\n'

def block_expedite_decision(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    l_0_std = resolve('std')
    pass
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'expedite'):
        pass
        def macro():
            t_27 = []
            l_1_v = resolve('v')
            l_1_cite_sentence = resolve('cite_sentence')
            pass
            t_27.extend((
                '<p>',
                escape(environment.getattr((undefined(name='v') if l_1_v is missing else l_1_v), 'Writer')),
                ' look forward to a determination on the request for expedited processing within ten days.',
                escape(context.call((undefined(name='cite_sentence') if l_1_cite_sentence is missing else l_1_cite_sentence), 'expedite.decision_time')),
                '</p>\n',
            ))
            return concat(t_27)
        caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
        yield context.call((undefined(name='std') if l_0_std is missing else l_0_std), 'expedite_decision', caller=caller, _block_vars=_block_vars)

def block_segregability(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_cite = resolve('cite')
    l_0_statute = resolve('statute')
    l_0_v = resolve('v')
    l_0_r = resolve('r')
    l_0_std = resolve('std')
    l_0_seg = l_0_partial = l_0_built_in = l_0_appeal = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_28 = environment.filters['select']
    except KeyError:
        @internalcode
        def t_28(*unused):
            raise TemplateRuntimeError("No filter named 'select' found.")
    pass
    l_0_seg = context.call((undefined(name='cite') if l_0_cite is missing else l_0_cite), 'segregability', _block_vars=_block_vars)
    _block_vars['seg'] = l_0_seg
    l_0_partial = context.call((undefined(name='statute') if l_0_statute is missing else l_0_statute), 'segregability.partial_disclosure', _block_vars=_block_vars)
    _block_vars['partial'] = l_0_partial
    l_0_built_in = 'If any part of this request is denied, please identify each record or portion withheld and the exemption relied on, and release every reasonably segregable portion of records that are otherwise exempt.'
    _block_vars['built_in'] = l_0_built_in
    l_0_appeal = markup_join((environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'Subject'), ' ', context.call(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'verb'), 'reserve', _block_vars=_block_vars), ' the right to appeal any adverse determination.', ))
    _block_vars['appeal'] = l_0_appeal
    if (('segregability' not in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'builtin')) and ('appeal' not in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'builtin'))):
        pass
        yield '<p>'
        yield escape((undefined(name='built_in') if l_0_built_in is missing else l_0_built_in))
        if ((undefined(name='seg') if l_0_seg is missing else l_0_seg) or (undefined(name='partial') if l_0_partial is missing else l_0_partial)):
            pass
            yield ' '
            yield escape(t_1(context.eval_ctx, t_28(context, [(undefined(name='seg') if l_0_seg is missing else l_0_seg), (undefined(name='partial') if l_0_partial is missing else l_0_partial)]), '; '))
            yield '.'
        yield ' '
        yield escape((undefined(name='appeal') if l_0_appeal is missing else l_0_appeal))
        yield '</p>\n'
    else:
        pass
        def macro():
            t_29 = []
            pass
            t_29.extend((
                '<p>',
                escape((undefined(name='built_in') if l_0_built_in is missing else l_0_built_in)),
            ))
            if ((undefined(name='seg') if l_0_seg is missing else l_0_seg) or (undefined(name='partial') if l_0_partial is missing else l_0_partial)):
                pass
                t_29.extend((
                    ' ',
                    escape(t_1(context.eval_ctx, t_28(context, [(undefined(name='seg') if l_0_seg is missing else l_0_seg), (undefined(name='partial') if l_0_partial is missing else l_0_partial)]), '; ')),
                    '.',
                ))
            t_29.append(
                '</p>\n',
            )
            return concat(t_29)
        caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
        yield context.call((undefined(name='std') if l_0_std is missing else l_0_std), 'segregability', caller=caller, _block_vars=_block_vars)
        def macro():
            t_30 = []
            pass
            t_30.extend((
                '<p>',
                escape((undefined(name='appeal') if l_0_appeal is missing else l_0_appeal)),
                '</p>\n',
            ))
            return concat(t_30)
        caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
        yield context.call((undefined(name='std') if l_0_std is missing else l_0_std), 'appeal', caller=caller, _block_vars=_block_vars)

def block_contact(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    l_0_std = resolve('std')
    l_0_c = missing
    pass
    l_0_c = environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'closing')
    _block_vars['c'] = l_0_c
    def macro():
        t_31 = []
        l_1_v = resolve('v')
        pass
        if (environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'contact_phone') or environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'contact_email')):
            pass
            t_31.extend((
                '<p>If ',
                escape(environment.getattr((undefined(name='v') if l_1_v is missing else l_1_v), 'writer')),
                ' can clarify anything about this request, please contact ',
                escape(environment.getattr((undefined(name='v') if l_1_v is missing else l_1_v), 'writer_object')),
            ))
            if environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'contact_phone'):
                pass
                t_31.extend((
                    ' at ',
                    escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'contact_phone')),
                ))
            if environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'contact_email'):
                pass
                t_31.extend((
                    escape((' or' if environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'contact_phone') else ' at')),
                    ' <a href="mailto:',
                    escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'contact_email')),
                    '">',
                    escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'contact_email')),
                    '</a>',
                ))
            t_31.append(
                '.</p>\n',
            )
        return concat(t_31)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield context.call((undefined(name='std') if l_0_std is missing else l_0_std), 'contact', caller=caller, _block_vars=_block_vars)

def block_delivery_of_records(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    l_0_std = resolve('std')
    l_0_c = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    pass
    l_0_c = environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'closing')
    _block_vars['c'] = l_0_c
    def macro():
        t_32 = []
        pass
        if (environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'deliver_email') or environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'deliver_address')):
            pass
            t_32.append(
                '<p>Please provide the records',
            )
            if environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'deliver_email'):
                pass
                t_32.extend((
                    ' in electronic form by email to <a href="mailto:',
                    escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'deliver_email')),
                    '">',
                    escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'deliver_email')),
                    '</a>',
                ))
            if environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'deliver_address'):
                pass
                t_32.extend((
                    escape((', or, if they exist only on paper,' if environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'deliver_email') else '')),
                    ' by mail to ',
                    escape(t_1(context.eval_ctx, environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'deliver_address'), ', ')),
                ))
            t_32.append(
                '.</p>\n',
            )
        return concat(t_32)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield context.call((undefined(name='std') if l_0_std is missing else l_0_std), 'delivery', caller=caller, _block_vars=_block_vars)

def block_thanks(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_std = resolve('std')
    pass
    def macro():
        t_33 = []
        pass
        t_33.append(
            '<p>Thank you for your attention to this request.</p>\n',
        )
        return concat(t_33)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield context.call((undefined(name='std') if l_0_std is missing else l_0_std), 'thanks', caller=caller, _block_vars=_block_vars)

def block_enclosures(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_page_enclosures = resolve('page_enclosures')
    l_0_r = resolve('r')
    l_0_items = missing
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_16 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_16(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_34 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_34(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_35 = environment.filters['reject']
    except KeyError:
        @internalcode
        def t_35(*unused):
            raise TemplateRuntimeError("No filter named 'reject' found.")
    try:
        t_36 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_36(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    pass
    l_0_items = (t_16(context.eval_ctx, t_35(context, context.call(environment.getattr(t_36(context.call((undefined(name='page_enclosures') if l_0_page_enclosures is missing else l_0_page_enclosures), _block_vars=_block_vars)), 'split'), '|', _block_vars=_block_vars), 'equalto', '')) + t_16(context.eval_ctx, t_34(context, environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'enclosures'), attribute='description')))
    _block_vars['items'] = l_0_items
    if (t_2((undefined(name='items') if l_0_items is missing else l_0_items)) == 1):
        pass
        yield '<p style="plain">Enclosure: '
        yield escape(environment.getitem((undefined(name='items') if l_0_items is missing else l_0_items), 0))
        yield '</p>\n'
    elif (undefined(name='items') if l_0_items is missing else l_0_items):
        pass
        yield '<p style="plain">Enclosures:</p>\n<list level="1">\n'
        l_1_loop = missing
        for l_1_x, l_1_loop in LoopContext((undefined(name='items') if l_0_items is missing else l_0_items), undefined):
            _loop_vars = {}
            pass
            yield '<item label="'
            yield escape(environment.getattr(l_1_loop, 'index'))
            yield '."><p style="plain">'
            yield escape(l_1_x)
            yield '</p></item>\n'
        l_1_loop = l_1_x = missing
        yield '</list>\n'

def block_pages(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    l_0_p = missing
    pass
    l_0_p = environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'subject_person')
    _block_vars['p'] = l_0_p
    if ((undefined(name='p') if l_0_p is missing else l_0_p) and environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'first_party')):
        pass
        yield from context.blocks['declaration'][0](context)
    if (((undefined(name='p') if l_0_p is missing else l_0_p) and environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'consent')) and (environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'request_by') != 'subject')):
        pass
        yield from context.blocks['consent'][0](context)

def block_declaration(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    l_0_law = resolve('law')
    l_0_agency_names = resolve('agency_names')
    l_0_person_facts = resolve('person_facts')
    l_0_signing_lines = resolve('signing_lines')
    l_0_p = l_0_form = missing
    try:
        t_15 = environment.filters['join_words']
    except KeyError:
        @internalcode
        def t_15(*unused):
            raise TemplateRuntimeError("No filter named 'join_words' found.")
    try:
        t_3 = environment.filters['long_date']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'long_date' found.")
    try:
        t_34 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_34(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    pass
    l_0_p = environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'subject_person')
    _block_vars['p'] = l_0_p
    l_0_form = context.call((undefined(name='law') if l_0_law is missing else l_0_law), 'declarations', ('declaration.outside_us' if (environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'declaration') == 'outside') else 'declaration.inside_us'), _block_vars=_block_vars)
    _block_vars['form'] = l_0_form
    yield '<h level="1" label="" key="declaration" page="new">Declaration of '
    yield escape(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'name'))
    yield ' Verifying Identity</h>\n<p style="plain">I, '
    yield escape(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'name'))
    yield ', make this declaration'
    if (undefined(name='form') if l_0_form is missing else l_0_form):
        pass
        yield ' under '
        yield escape((undefined(name='form') if l_0_form is missing else l_0_form))
    yield ' to verify my identity for the request dated '
    yield escape(t_3(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'date')))
    yield ' to '
    yield escape(t_15((undefined(name='agency_names') if l_0_agency_names is missing else l_0_agency_names)))
    if (environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'request_by') == 'representative'):
        pass
        yield ', made on my behalf by '
        yield escape(t_15(t_34(context, environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'requesters'), attribute='display_name')))
    yield '. I am the person the records requested are about.</p>\n<list level="1">\n'
    yield escape(context.call((undefined(name='person_facts') if l_0_person_facts is missing else l_0_person_facts), (undefined(name='p') if l_0_p is missing else l_0_p), _block_vars=_block_vars))
    yield '\n</list>\n'
    yield escape(context.call((undefined(name='signing_lines') if l_0_signing_lines is missing else l_0_signing_lines), (undefined(name='p') if l_0_p is missing else l_0_p), _block_vars=_block_vars))
    yield '\n'

def block_consent(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    l_0_agency_names = resolve('agency_names')
    l_0_signing_lines = resolve('signing_lines')
    l_0_p = missing
    try:
        t_15 = environment.filters['join_words']
    except KeyError:
        @internalcode
        def t_15(*unused):
            raise TemplateRuntimeError("No filter named 'join_words' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['long_date']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'long_date' found.")
    pass
    l_0_p = environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'subject_person')
    _block_vars['p'] = l_0_p
    yield '<h level="1" label="" key="consent" page="new">Consent of '
    yield escape(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'name'))
    yield ' to the Release of Records</h>\n<p style="plain">I, '
    yield escape(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'name'))
    if environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'date_of_birth'):
        pass
        yield ', born on '
        yield escape(t_3(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'date_of_birth')))
    if environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'a_number'):
        pass
        yield ', A-number '
        yield escape(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'a_number'))
    yield ', consent to the release to '
    l_1_loop = missing
    for l_1_q, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'requesters'), undefined):
        _loop_vars = {}
        pass
        if (environment.getattr(l_1_q, 'kind') == 'counsel'):
            pass
            yield 'my attorney, '
            yield escape(environment.getattr(l_1_q, 'name'))
            if environment.getattr(l_1_q, 'organization'):
                pass
                yield ' of '
                yield escape(environment.getattr(l_1_q, 'organization'))
        else:
            pass
            yield escape(environment.getattr(l_1_q, 'display_name'))
        yield escape((', ' if ((not environment.getattr(l_1_loop, 'last')) and (t_2(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'requesters')) > 2)) else ''))
        yield escape((' and ' if (environment.getattr(l_1_loop, 'revindex') == 2) else ''))
    l_1_loop = l_1_q = missing
    yield ', of records about me requested from '
    yield escape(t_15((undefined(name='agency_names') if l_0_agency_names is missing else l_0_agency_names)))
    yield ' in the request dated '
    yield escape(t_3(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'date')))
    yield '.</p>\n'
    yield escape(context.call((undefined(name='signing_lines') if l_0_signing_lines is missing else l_0_signing_lines), (undefined(name='p') if l_0_p is missing else l_0_p), _block_vars=_block_vars))
    yield '\n'

blocks = {'body': block_body, 'opening': block_opening, 'components': block_components, 'subject_person': block_subject_person, 'purpose': block_purpose, 'definitions': block_definitions, 'background': block_background, 'records': block_records, 'expedite': block_expedite, 'fees': block_fees, 'closing': block_closing, 'expedite_decision': block_expedite_decision, 'segregability': block_segregability, 'contact': block_contact, 'delivery_of_records': block_delivery_of_records, 'thanks': block_thanks, 'enclosures': block_enclosures, 'pages': block_pages, 'declaration': block_declaration, 'consent': block_consent}
debug_info = '6=31&7=34&8=54&9=70&10=73&11=79&13=86&14=105&15=123&16=131&17=135&18=140&19=144&20=149&21=153&22=166&24=171&29=179&30=200&31=225&32=229&33=250&34=252&35=255&36=279&37=281&38=284&39=304&40=306&41=309&44=326&45=332&51=333&52=342&55=351&56=380&57=388&62=389&71=390&86=391&89=392&98=393&105=394&139=395&191=396&257=397&57=399&58=432&59=446&58=550&62=552&63=573&64=578&65=583&66=612&67=616&63=643&71=645&72=663&73=665&74=667&75=669&76=672&77=726&79=739&81=741&82=744&86=775&87=785&89=788&90=798&92=801&93=806&96=811&98=814&99=826&100=828&101=830&103=832&105=835&106=857&107=859&109=870&110=874&111=883&113=887&114=891&118=897&121=901&122=904&124=906&125=910&127=919&128=921&130=923&131=925&132=930&133=934&131=951&135=952&137=954&139=957&140=1020&141=1022&142=1024&143=1026&144=1032&145=1034&146=1036&147=1038&148=1041&149=1047&150=1055&151=1064&153=1071&155=1074&157=1078&158=1082&160=1084&161=1088&162=1092&163=1094&165=1099&167=1101&168=1105&169=1109&170=1111&172=1113&173=1117&174=1121&175=1123&176=1125&177=1128&179=1143&181=1145&182=1148&183=1152&184=1154&185=1157&186=1169&189=1171&191=1174&192=1227&193=1229&194=1231&195=1233&196=1235&197=1237&198=1241&199=1245&200=1253&201=1256&202=1266&203=1268&211=1270&212=1279&213=1289&215=1292&216=1295&217=1303&218=1305&219=1314&220=1324&224=1327&225=1329&226=1333&227=1340&228=1344&230=1351&231=1353&233=1356&234=1360&235=1368&236=1391&237=1393&238=1397&239=1401&240=1404&241=1429&242=1431&243=1435&244=1439&245=1442&247=1453&248=1456&249=1471&250=1474&251=1483&252=1486&255=1496&257=1499&258=1511&259=1513&261=1515&262=1517&263=1519&265=1523&272=1524&285=1525&286=1527&294=1528&302=1529&308=1530&265=1533&266=1543&267=1545&268=1552&267=1559&272=1561&273=1587&274=1591&275=1593&276=1595&277=1598&279=1609&281=1629&286=1641&287=1652&288=1654&289=1658&290=1662&288=1687&294=1689&295=1706&296=1708&297=1711&298=1716&296=1737&302=1739&303=1748&311=1758&312=1799&313=1801&314=1804&315=1806&318=1810&319=1814&324=1821&325=1831&326=1833&327=1835&338=1836&339=1838&327=1840&328=1872&329=1874&330=1877&331=1879&333=1894&335=1896&339=1899&340=1929&341=1932&342=1934&343=1967'

# Compiled from templates/letter.xml.j2 by tools/compile_templates.py; do not edit.
SOURCE_SHA256 = '5eeb853e057b495ee709123d94644159163f9f8b21284d17909d80098816374b'
JINJA_VERSION = '3.1.6'
