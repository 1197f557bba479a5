package org.touchstone.core;

import org.touchstone.model.BehaviourStyle;
import org.touchstone.model.ContactSituation;
import org.touchstone.model.DifficultCustomer;

/**
 * The method's own advice that the handbook prints next to a tenant's standards and playbooks: how
 * to act in each contact situation, how to serve each of the four customer styles, and the tactic
 * for each kind of difficult customer. Written in
 * our words from the training material, in Chinese and English.
 */
public final class MethodGuide {
	private MethodGuide() {
	}

	public static String situation(ContactSituation situation, boolean zh) {
		return switch (situation) {
		case FIRST_CONTACT -> zh ? "顾客一出现就主动、有礼地招呼，绝不让人觉得被忽视；电话要尽快接起；约好的时间要准时。事先想好顾客可能会问什么。第一印象很难重来。"
				: "Greet the customer politely the moment they appear and never let them feel unseen; pick up the phone quickly; keep every appointment on time. Think ahead about what they are likely to ask. A poor first impression is hard to undo.";
		case SPECIAL_REQUEST -> zh ? "尽量满足顾客的特别要求：这表明你真正在意，能打消顾客的戒心，也是竞争对手做不到的地方。顺便留意顾客还没说出口的需要。"
				: "Meet a special request whenever you can: it shows that you care, lowers the customer's guard and is what competitors fail to do. Look out for needs the customer has not yet voiced.";
		case INDECISION -> zh ? "先确认对方能拍板；建议之前多问、多听、多想；提建议时语气自信、说明理由；选项不要太多，用一个明确的推荐帮顾客下决心。"
				: "First make sure you are talking to the person who decides; ask, listen and think before advising; advise with confidence and give the reason; offer few options and help with one clear recommendation.";
		case AFTER_PURCHASE -> zh ? "成交之后给的要比顾客预想的多。把答应的事记在顾客档案里并兑现；打一个不推销的问候电话；保持记录和联系，让满意的顾客替你说话。"
				: "After the sale, give more than the customer expects. Note every promise in the customer record and keep it; make a call that sells nothing; keep in touch so that a satisfied customer speaks for you.";
		case REFUSAL -> zh ? "顾客说“不”时保持谦和，不要泄气。问清不买的原因，再做合适的推荐；仍然不买，就微笑送别，留下好印象，别把失望写在脸上，并从每次拒绝中学到东西。"
				: "When the customer says no, stay gracious and do not lose heart. Ask why, then suggest something that fits better; if the answer is still no, see them off with a smile and a good impression, hide any disappointment and learn from each refusal.";
		case ANGER -> zh ? "保持冷静，绝不和顾客争辩。带着体谅去听，找出不满的真正原因和双方的共同点；尽全力解决问题，告诉顾客你能做什么，而不是不能做什么。"
				: "Stay calm and never argue. Listen with understanding to find the real cause of the complaint and the ground you share; do everything you can to solve it, and tell the customer what you can do rather than what you cannot.";
		};
	}

	public static String style(BehaviourStyle style, boolean zh) {
		return switch (style) {
		case DOMINANT -> zh ? "外向、看重事情和结果，节奏快，需要感到自己能干、有成就。服务时直奔主题，给出选项和结论，让对方做决定，不要拖沓。"
				: "Outgoing and focused on tasks and results, at a fast pace; needs to feel capable and successful. Get to the point, offer options and conclusions, let them decide, and do not waste their time.";
		case EXPRESSIVE -> zh ? "外向、看重人际关系，乐观、节奏快，需要被喜欢、被接纳。服务时热情回应，多给认可，留出聊天的空间，把要点写下来帮对方记住。"
				: "Outgoing and focused on people, optimistic and quick; needs to be liked and accepted. Respond warmly, give recognition, leave room for conversation and write the key points down for them.";
		case STEADY -> zh ? "内向、看重关系，节奏慢，重视稳定与和谐。服务时耐心、亲切，不催促，把步骤一步步讲清楚，给对方时间考虑，并做出可靠的保证。"
				: "Reserved and focused on relationships, at a slower pace; values stability and harmony. Be patient and kind, do not rush, explain one step at a time, give time to think and make promises you will keep.";
		case ANALYTICAL -> zh ? "内向、看重事实和结果，讲究条理、细致而有耐心。服务时准备好数据和依据，回答准确，按约定的时间和程序办事，不夸大。"
				: "Reserved and focused on facts and results; orderly, thorough and patient. Come with figures and evidence, answer precisely, keep to the agreed time and procedure, and never overstate.";
		};
	}

	public static String tactic(DifficultCustomer kind, boolean zh) {
		return switch (kind) {
		case EMOTIONAL -> zh ? "先听，让情绪有出口；态度亲切真诚，表达关心，找机会肯定对方。" : "Listen first and let the feelings out; be warm and sincere, show concern and find something to appreciate.";
		case STUBBORN -> zh ? "先站到对方的角度表示理解和认同，再征求对方的意见，让对方参与决定。"
				: "Show that you understand and agree where you can, then ask for their view and let them take part in the decision.";
		case UNREASONABLE -> zh ? "不争辩，礼貌而平静地重复你能做到的方案。" : "Do not argue; politely and calmly repeat what you can do.";
		case WELL_PREPARED -> zh ? "以诚相待，肯定对方做足了功课；没有把握的事不要轻易承诺。"
				: "Be sincere and credit the homework they have done; promise nothing you are not sure you can deliver.";
		case AGGRESSIVE -> zh ? "保持真诚，把对方带离其他顾客，并及时请同事或保安协助。"
				: "Stay sincere, move them away from other customers, and call colleagues or security for help without delay.";
		};
	}
}
